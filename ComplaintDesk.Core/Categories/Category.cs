namespace ComplaintDesk.Core.Categories;

/// <summary>
/// A managed complaint category (ISO 10002 7.5), edited by administrators. A category is never
/// deleted: complaints keep theirs, so a category nobody should pick any more is retired instead.
/// </summary>
public sealed class Category
{
    private Category()
    {
    }

    public Category(string name)
    {
        Name = name;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>When an administrator retired it; null while it is active.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>Only active categories are offered and accepted at intake and assessment.</summary>
    public bool Active => RetiredAt is null;

    /// <summary>The team whose queue a new complaint in this category lands in; null for the whole desk.</summary>
    public int? TeamId { get; private set; }

    internal void Rename(string name) => Name = name;

    internal void Retire(DateTimeOffset at) => RetiredAt = at;

    internal void Activate() => RetiredAt = null;

    internal void GiveTo(int? teamId) => TeamId = teamId;
}
