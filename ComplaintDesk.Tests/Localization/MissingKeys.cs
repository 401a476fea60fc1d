using System.Collections.Concurrent;

namespace ComplaintDesk.Tests.Localization;

/// <summary>Keys asked for while rendering that no resource file holds.</summary>
public sealed class MissingKeys
{
    private readonly ConcurrentBag<string> _keys = [];

    public IReadOnlyList<string> All => [.. _keys.Distinct().Order(StringComparer.Ordinal)];

    public void Add(string key) => _keys.Add(key);
}
