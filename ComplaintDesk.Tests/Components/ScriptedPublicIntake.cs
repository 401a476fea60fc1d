using ComplaintDesk.Core.Intake;

namespace ComplaintDesk.Tests.Components;

/// <summary>The public form's side of the desk for pages rendered in a test: any complaint sent is answered with one receipt.</summary>
public sealed class ScriptedPublicIntake : IPublicIntake
{
    public Task<PublicReceipt> SubmitAsync(PublicComplaint complaint, string? language, CancellationToken cancellationToken) =>
        Task.FromResult(new PublicReceipt("CMP-2026-000042", ScriptedStatusPageDesk.Token));
}
