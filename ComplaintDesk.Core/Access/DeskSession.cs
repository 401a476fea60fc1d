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

    public DeskSession(string userId, DateTimeOffset startedAt)
    {
        Id = Guid.NewGuid().ToString("N");
        UserId = userId;
        StartedAt = startedAt;
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }
}
