using System.Linq.Expressions;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>What each person has chosen for themselves, kept on their account.</summary>
public sealed class StaffPreferences(IDbContextFactory<DeskDbContext> dbFactory) : IStaffPreferences
{
    public Task<bool> PrefersDarkModeAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(userId, u => u.PrefersDarkMode, cancellationToken);

    public Task SetDarkModeAsync(string userId, bool dark, CancellationToken cancellationToken) =>
        WriteAsync(userId, u => u.PrefersDarkMode, dark, cancellationToken);

    public Task<bool> PrefersDenseQueueAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(userId, u => u.PrefersDenseQueue, cancellationToken);

    public Task SetDenseQueueAsync(string userId, bool dense, CancellationToken cancellationToken) =>
        WriteAsync(userId, u => u.PrefersDenseQueue, dense, cancellationToken);

    /// <summary>The culture name the person chose, or null when they have not chosen.</summary>
    public async Task<string?> PreferredCultureAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PreferredCulture).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetPreferredCultureAsync(string userId, string culture, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.PreferredCulture, culture), cancellationToken);
    }

    private async Task<bool> ReadAsync(string userId, Expression<Func<DeskUser, bool>> choice, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(choice).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task WriteAsync(string userId, Expression<Func<DeskUser, bool>> choice, bool value, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(choice, value), cancellationToken);
    }
}
