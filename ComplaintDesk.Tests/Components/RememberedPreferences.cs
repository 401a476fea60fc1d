using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Tests.Components;

/// <summary>Each person's choices, kept in memory.</summary>
public sealed class RememberedPreferences : IStaffPreferences
{
    public HashSet<string> Dark { get; } = [];

    public HashSet<string> Dense { get; } = [];

    public Task<bool> PrefersDarkModeAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Dark.Contains(userId));

    public Task SetDarkModeAsync(string userId, bool dark, CancellationToken cancellationToken) => Keep(Dark, userId, dark);

    public Task<bool> PrefersDenseQueueAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Dense.Contains(userId));

    public Task SetDenseQueueAsync(string userId, bool dense, CancellationToken cancellationToken) => Keep(Dense, userId, dense);

    private static Task Keep(HashSet<string> chosen, string userId, bool on)
    {
        if (on)
        {
            chosen.Add(userId);
        }
        else
        {
            chosen.Remove(userId);
        }

        return Task.CompletedTask;
    }
}
