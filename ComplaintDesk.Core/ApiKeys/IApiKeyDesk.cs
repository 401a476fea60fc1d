using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.ApiKeys;

/// <summary>Administrators issue and revoke the API keys other systems sign in with; the desk recognises them.</summary>
public interface IApiKeyDesk
{
    /// <summary>The person's keys, newest first, revoked and expired ones included.</summary>
    Task<IReadOnlyList<ApiKeyView>> ListAsync(string personId, Actor actor, CancellationToken cancellationToken);

    Task<IssuedApiKey> IssueAsync(string personId, NewApiKey key, Actor actor, CancellationToken cancellationToken);

    /// <summary>Ends the key at once on every node; revoking a key that already ended changes nothing.</summary>
    Task<ApiKeyView> RevokeAsync(string personId, string keyId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Who the secret signs in as, or null when it is no key, or its key is revoked or expired, or its person deactivated.</summary>
    Task<ApiKeyHolder?> RecogniseAsync(string secret, CancellationToken cancellationToken);
}
