using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Components;

/// <summary>Holds each person's keys, issues with a known secret, remembers what the screen asked, and refuses when a test says so.</summary>
public sealed class ScriptedApiKeyDesk : IApiKeyDesk
{
    public const string Secret = "cdk_TestSecretThatTheScreenShowsOnce0000wXyZ";

    public Dictionary<string, List<ApiKeyView>> Keys { get; } = [];

    public List<NewApiKey> Issued { get; } = [];

    public List<string> Revoked { get; } = [];

    public DeskException? Refusal { get; set; }

    /// <summary>A desk where the person holds a key in each state, for pages that should word every one.</summary>
    public static ScriptedApiKeyDesk WithOneOfEachState(string personId)
    {
        var desk = new ScriptedApiKeyDesk();
        desk.Keys[personId] =
        [
            .. Enum.GetValues<ApiKeyState>().Select((state, i) => new ApiKeyView(
                $"key-{state}", $"{state} key", i % 2 == 0 ? ApiKeyScope.Intake : ApiKeyScope.Full, state, "wXyZ", DeskPageContext.Now.AddDays(-10),
                "admin@demo.local", state == ApiKeyState.Expired ? DeskPageContext.Now.AddDays(-1) : null,
                state == ApiKeyState.Revoked ? DeskPageContext.Now.AddDays(-2) : null, state == ApiKeyState.Active ? DeskPageContext.Now : null)),
        ];
        return desk;
    }

    public Task<IReadOnlyList<ApiKeyView>> ListAsync(string personId, Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiKeyView>>([.. KeysOf(personId)]);

    public Task<IssuedApiKey> IssueAsync(string personId, NewApiKey key, Actor actor, CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        Issued.Add(key);
        var view = new ApiKeyView(
            $"key-{Issued.Count}", key.Name!, Enum.Parse<ApiKeyScope>(key.Scope!), ApiKeyState.Active, Secret[^4..], DeskPageContext.Now,
            actor.Email, key.ExpiresInDays is { } days ? DeskPageContext.Now.AddDays(days) : null, null, null);
        KeysOf(personId).Insert(0, view);
        return Task.FromResult(new IssuedApiKey(view, Secret));
    }

    public Task<ApiKeyView> RevokeAsync(string personId, string keyId, Actor actor, CancellationToken cancellationToken)
    {
        ThrowIfRefused();
        Revoked.Add(keyId);
        var keys = KeysOf(personId);
        var index = keys.FindIndex(k => k.Id == keyId);
        keys[index] = keys[index] with { State = ApiKeyState.Revoked, RevokedAt = DeskPageContext.Now };
        return Task.FromResult(keys[index]);
    }

    public Task<ApiKeyHolder?> RecogniseAsync(string secret, CancellationToken cancellationToken) => Task.FromResult<ApiKeyHolder?>(null);

    private List<ApiKeyView> KeysOf(string personId)
    {
        if (!Keys.TryGetValue(personId, out var keys))
        {
            Keys[personId] = keys = [];
        }

        return keys;
    }

    private void ThrowIfRefused()
    {
        if (Refusal is { } refusal)
        {
            throw refusal;
        }
    }
}
