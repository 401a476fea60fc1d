namespace ComplaintDesk.Core.Access;

/// <summary>
/// One sign-in: a browser's cookie or an API token. Its id travels inside the cookie or token, so
/// ending the session here refuses them on the server, not only in the browser that signed out.
/// </summary>
public sealed class DeskSession
{
    private DeskSession()
    {
    }

    public DeskSession(string userId, DateTimeOffset startedAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.NewGuid().ToString("N");
        UserId = userId;
        StartedAt = startedAt;
        ExpiresAt = expiresAt;
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the session ends however busy it is; null when only its token's own expiry limits it.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Ends the session; one already ended keeps its first end.</summary>
    public void End(DateTimeOffset at) => EndedAt ??= at;
}
