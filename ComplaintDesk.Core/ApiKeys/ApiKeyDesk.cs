using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.ApiKeys;

/// <summary>
/// Issues, lists and revokes API keys, each change one transaction with its audit event, and recognises a key's secret.
/// A key opens a <see cref="DeskSession"/> that lasts as long as the key: revoking it ends the session, so a key is
/// refused wherever a sign-in is, and a deactivated person's keys with their other sign-ins.
/// </summary>
public sealed class ApiKeyDesk(IServiceScopeFactory scopes, IDbContextFactory<DeskDbContext> dbFactory, TimeProvider time) : IApiKeyDesk
{
    public const int MaxDays = 3650;

    /// <summary>How stale "last used" may be: one write a minute per key, not one per request.</summary>
    private static readonly TimeSpan LastUsedGrain = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiKeyView>> ListAsync(string personId, Actor actor, CancellationToken cancellationToken)
    {
        PeopleDesk.EnsureAdministrator(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == personId, cancellationToken))
        {
            throw NoSuchPerson();
        }

        var now = time.GetUtcNow();
        var keys = await KeysWithSessions(db).Where(k => k.Key.UserId == personId).AsNoTracking().ToListAsync(cancellationToken);
        return [.. keys.Select(k => View(k.Key, k.Session, now)).OrderByDescending(k => k.CreatedAt)];
    }

    public async Task<IssuedApiKey> IssueAsync(string personId, NewApiKey key, Actor actor, CancellationToken cancellationToken)
    {
        PeopleDesk.EnsureAdministrator(actor);
        ArgumentNullException.ThrowIfNull(key);
        var errors = new FieldErrors();
        errors.RequiredText("name", key.Name, ApiKey.NameLength, DeskMessage.Of(DeskKeys.ApiKeyNameMissing));
        var scope = errors.Parse<ApiKeyScope>("scope", key.Scope);
        if (string.IsNullOrWhiteSpace(key.Scope))
        {
            errors.Add("scope", DeskMessage.Of(DeskKeys.ApiKeyScopeMissing));
        }

        if (key.ExpiresInDays is < 1 or > MaxDays)
        {
            errors.Add("expiresInDays", DeskMessage.Of(FieldKeys.ApiKeyDays, MaxDays));
        }

        errors.ThrowIfAny();
        await using var change = await PeopleChange.BeginAsync(scopes, time, actor, cancellationToken);
        var user = await change.FindAsync(personId);
        if (!user.IsActive)
        {
            throw new MoveRefusedException(DeskMessage.Of(DeskKeys.ApiKeyForDeactivated, user.DisplayName));
        }

        if (!ApiKeyScopes.Suit(scope!.Value, (await change.Users.GetRolesAsync(user)).Select(Enum.Parse<DeskRole>)))
        {
            errors.Add("scope", DeskMessage.Of(DeskKeys.ApiKeyIntakeNeedsReceiving, user.DisplayName)).ThrowIfAny();
        }

        var now = time.GetUtcNow();
        var session = new DeskSession(user.Id, now, now + (key.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : null));
        var secret = ApiKeySecret.New();
        var issued = new ApiKey(user.Id, session.Id, key.Name!.Trim(), scope!.Value, secret, now, actor.Email);
        change.Db.DeskSessions.Add(session);
        change.Db.ApiKeys.Add(issued);
        change.Record(DeskMessage.Of(AuditKeys.ApiKeyIssued, issued.Name, user.Email!, issued.Scope));
        await change.CommitAsync();
        return new IssuedApiKey(View(issued, session, now), secret.Text);
    }

    public async Task<ApiKeyView> RevokeAsync(string personId, string keyId, Actor actor, CancellationToken cancellationToken)
    {
        PeopleDesk.EnsureAdministrator(actor);
        await using var change = await PeopleChange.BeginAsync(scopes, time, actor, cancellationToken);
        var user = await change.FindAsync(personId);
        var found = await KeysWithSessions(change.Db).SingleOrDefaultAsync(k => k.Key.Id == keyId && k.Key.UserId == personId, cancellationToken)
            ?? throw new NotFoundException(DeskMessage.Of(DeskKeys.NoSuchApiKey));
        var now = time.GetUtcNow();
        if (found.Session.EndedAt is null)
        {
            found.Session.End(now);
            change.Record(DeskMessage.Of(AuditKeys.ApiKeyRevoked, found.Key.Name, user.Email!));
        }

        await change.CommitAsync();
        return View(found.Key, found.Session, now);
    }

    public async Task<ApiKeyHolder?> RecogniseAsync(string secret, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.LooksLikeOne(secret))
        {
            return null;
        }

        var hash = ApiKeySecret.HashOf(secret);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holder = await (
                from found in KeysWithSessions(db)
                join user in db.Users on found.Key.UserId equals user.Id
                where found.Key.SecretHash == hash
                      && found.Session.EndedAt == null
                      && (found.Session.ExpiresAt == null || found.Session.ExpiresAt > now)
                      && user.DeactivatedAt == null
                select new { found.Key.Id, found.Key.UserId, found.Key.SessionId, found.Key.Scope, found.Key.LastUsedAt })
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (holder is null)
        {
            return null;
        }

        if (holder.LastUsedAt is null || now - holder.LastUsedAt >= LastUsedGrain)
        {
            await db.ApiKeys.Where(k => k.Id == holder.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }

        return new ApiKeyHolder(holder.UserId, holder.SessionId, holder.Scope);
    }

    private static IQueryable<KeyWithSession> KeysWithSessions(DeskDbContext db) =>
        from key in db.ApiKeys
        join session in db.DeskSessions on key.SessionId equals session.Id
        select new KeyWithSession { Key = key, Session = session };

    private static ApiKeyView View(ApiKey key, DeskSession session, DateTimeOffset now)
    {
        var state = session.EndedAt is not null ? ApiKeyState.Revoked
            : session.ExpiresAt <= now ? ApiKeyState.Expired
            : ApiKeyState.Active;
        return new ApiKeyView(
            key.Id, key.Name, key.Scope, state, key.Ending, key.CreatedAt, key.CreatedBy, session.ExpiresAt, session.EndedAt, key.LastUsedAt);
    }

    private static NotFoundException NoSuchPerson() => new(DeskMessage.Of(DeskKeys.NoSuchPerson));

    // Built with an initialiser, not a constructor, so queries can still filter on its parts.
    private sealed class KeyWithSession
    {
        public required ApiKey Key { get; init; }

        public required DeskSession Session { get; init; }
    }
}
