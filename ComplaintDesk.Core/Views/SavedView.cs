namespace ComplaintDesk.Core.Views;

/// <summary>
/// A queue view a person keeps under a name: the query string the queue writes for it, opaque to Core.
/// At most one of a person's views is their default, the one their queue opens with.
/// </summary>
public sealed class SavedView
{
    private SavedView()
    {
    }

    internal SavedView(string ownerId, string name, string query)
    {
        OwnerId = ownerId;
        Rename(name);
        Query = query;
    }

    public int Id { get; private set; }

    /// <summary>The id of the person whose view it is; nobody else sees it.</summary>
    public string OwnerId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The name folded for comparison, so a person's names stay unique whatever their case.</summary>
    public string NameKey { get; private set; } = "";

    public string Query { get; private set; } = "";

    public bool IsDefault { get; private set; }

    internal void Rename(string name) => (Name, NameKey) = (name, KeyOf(name));

    internal void MarkDefault(bool isDefault) => IsDefault = isDefault;

    internal static string KeyOf(string name) => name.ToUpperInvariant();
}
