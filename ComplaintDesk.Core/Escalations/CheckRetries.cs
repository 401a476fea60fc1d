using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// A person's move or a second check can commit first (a stale version, or the same alert's key): reading again
/// sees what they did, and raises only what is still missing.
/// </summary>
internal static class CheckRetries
{
    private const int Attempts = 3;

    public static async Task<int> RunAsync(Func<Task<int>> check)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await check();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
            }
        }
    }
}
