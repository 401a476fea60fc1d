using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>What each person has chosen for themselves, such as the dark theme.</summary>
public sealed class StaffPreferences(IDbContextFactory<DeskDbContext> dbFactory)
{
    public async Task<bool> PrefersDarkModeAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetDarkModeAsync(string userId, bool dark, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PrefersDarkMode, dark), cancellationToken);
    }
}
