using ComplaintDesk.Core.Categories;

namespace ComplaintDesk.Tests.Components;

public sealed class FixedCategoryList : ICategoryList
{
    public IReadOnlyList<string> Names { get; set; } = ["Billing", "Delivery", "Product quality"];

    public Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken) => Task.FromResult(Names);
}
