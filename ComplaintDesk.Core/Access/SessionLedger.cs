using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Access;

/// <summary>Starts, ends and reads the desk's sign-in sessions.</summary>
public sealed class SessionLedger(IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time)
{
    /// <param name="lastsFor">How long the session may last at most; null for no limit but the token's own expiry.</param>
    /// <returns>The new session's id.</returns>
    public async Task<string> StartAsync(string userId, TimeSpan? lastsFor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var session = new DeskSession(userId, now, now + lastsFor);
        db.DeskSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Ends the session; ending one already ended keeps its first end.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.DeskSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now), cancellationToken);
    }

    public async Task<SessionState?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
                from session in db.DeskSessions
                join user in db.Users on session.UserId equals user.Id
                where session.Id == sessionId
                select new SessionState(session.UserId, session.ExpiresAt, session.EndedAt, user.SecurityStamp, user.DeactivatedAt))
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
    }
}
