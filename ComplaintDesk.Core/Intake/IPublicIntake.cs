namespace ComplaintDesk.Core.Intake;

/// <summary>Registers complaints complainants send on the desk's public form; see <see cref="PublicIntake"/>.</summary>
public interface IPublicIntake
{
    /// <param name="language">The language the complainant wrote in, which the desk writes back in (a culture name).</param>
    Task<PublicReceipt> SubmitAsync(PublicComplaint complaint, string? language, CancellationToken cancellationToken);
}
