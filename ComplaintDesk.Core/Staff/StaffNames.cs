using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>
/// The name book, read once and shared by every screen. The desk forgets it when it changes an account;
/// it is also read again after a few minutes, for accounts changed outside the desk.
/// </summary>
public sealed class StaffNames(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : IStaffNames
{
    private static readonly TimeSpan _keep = TimeSpan.FromMinutes(5);
    private readonly Lock _gate = new();
    private (Task<StaffNameBook> Book, DateTimeOffset ReadAt)? _cached;

    public Task<StaffNameBook> ReadAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cached is not { } cached || now - cached.ReadAt > _keep || cached.Book.IsFaulted || cached.Book.IsCanceled)
            {
                _cached = cached = (LoadAsync(), now);
            }

            return cached.Book;
        }
    }

    public void Forget()
    {
        lock (_gate)
        {
            _cached = null;
        }
    }

    private async Task<StaffNameBook> LoadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var people = await db.Users.AsNoTracking()
            .Select(u => new { u.Email, u.DisplayName, u.DeactivatedAt })
            .ToListAsync();
        return new StaffNameBook(people.Where(p => p.Email is not null).Select(p => (p.Email!, p.DisplayName, p.DeactivatedAt is null)));
    }
}
