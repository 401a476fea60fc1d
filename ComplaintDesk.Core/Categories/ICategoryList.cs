namespace ComplaintDesk.Core.Categories;

/// <summary>The desk's categories, for pick lists.</summary>
public interface ICategoryList
{
    Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken);
}
