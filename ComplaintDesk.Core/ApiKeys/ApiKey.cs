namespace ComplaintDesk.Core.ApiKeys;

/// <summary>
/// A long-lived credential for another system, issued to a person and acting as them. Only a hash of its secret is kept;
/// its expiry and revocation are those of the <see cref="Access.DeskSession"/> it opens, so it ends as every sign-in does.
/// </summary>
public sealed class ApiKey
{
    public const int NameLength = 100;

    private ApiKey()
    {
    }

    internal ApiKey(string userId, string sessionId, string name, ApiKeyScope scope, ApiKeySecret secret, DateTimeOffset createdAt, string createdBy)
    {
        Id = Guid.NewGuid().ToString("N");
        UserId = userId;
        SessionId = sessionId;
        Name = name;
        Scope = scope;
        SecretHash = secret.Hash;
        Ending = secret.Ending;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public string Id { get; private set; } = "";

    public string UserId { get; private set; } = "";

    public string SessionId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ApiKeyScope Scope { get; private set; }

    /// <summary>SHA-256 of the secret, in hex: the secret is random enough that a slow hash would add nothing.</summary>
    public string SecretHash { get; private set; } = "";

    /// <summary>The secret's last characters, so an administrator can tell which key a system holds.</summary>
    public string Ending { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The e-mail of the administrator who issued it.</summary>
    public string CreatedBy { get; private set; } = "";

    /// <summary>When a request last came with it, to the minute.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }
}
