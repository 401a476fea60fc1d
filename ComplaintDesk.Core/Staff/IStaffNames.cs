namespace ComplaintDesk.Core.Staff;

/// <summary>One display name per person on every screen: e-mail addresses resolved to names.</summary>
public interface IStaffNames
{
    Task<StaffNameBook> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Called when an account changes, so the next read sees it.</summary>
    void Forget();
}
