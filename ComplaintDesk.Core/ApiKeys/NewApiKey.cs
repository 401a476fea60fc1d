namespace ComplaintDesk.Core.ApiKeys;

/// <param name="Name">What the key is for, as the administrator will recognise it ("Website form").</param>
/// <param name="Scope">A <see cref="ApiKeyScope"/> name.</param>
/// <param name="ExpiresInDays">How many days it lasts; null for a key that lasts until it is revoked.</param>
public sealed record NewApiKey(string? Name, string? Scope, int? ExpiresInDays);
