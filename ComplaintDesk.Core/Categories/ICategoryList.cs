namespace ComplaintDesk.Core.Categories;

/// <summary>The desk's active categories, for pick lists: a retired one is offered nowhere.</summary>
public interface ICategoryList
{
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken);
}
