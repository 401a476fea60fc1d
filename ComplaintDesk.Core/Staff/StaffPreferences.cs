using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>What each person has chosen for themselves, kept on their account.</summary>
public sealed class StaffPreferences(IDbContextFactory<DeskDbContext> dbFactory) : IStaffPreferences
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

    public async Task<bool> PrefersDenseQueueAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDenseQueue).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetDenseQueueAsync(string userId, bool dense, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PrefersDenseQueue, dense), cancellationToken);
    }
}
