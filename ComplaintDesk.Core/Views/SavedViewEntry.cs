namespace ComplaintDesk.Core.Views;

/// <summary>One of a person's saved views as the queue lists it.</summary>
public sealed record SavedViewEntry(int Id, string Name, string Query, bool IsDefault)
{
    internal static SavedViewEntry From(SavedView view) => new(view.Id, view.Name, view.Query, view.IsDefault);
}
