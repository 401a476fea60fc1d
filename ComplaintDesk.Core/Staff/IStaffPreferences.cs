namespace ComplaintDesk.Core.Staff;

/// <summary>What each person has chosen for themselves, such as the dark theme or a dense queue.</summary>
public interface IStaffPreferences
{
    Task<bool> PrefersDarkModeAsync(string userId, CancellationToken cancellationToken);

    Task SetDarkModeAsync(string userId, bool dark, CancellationToken cancellationToken);

    Task<bool> PrefersDenseQueueAsync(string userId, CancellationToken cancellationToken);

    Task SetDenseQueueAsync(string userId, bool dense, CancellationToken cancellationToken);
}
