namespace ComplaintDesk.Core.Categories;

/// <summary>The categories a new desk starts with; administrators change them from there.</summary>
public static class DefaultCategories
{
    public static IReadOnlyList<string> Names { get; } =
        ["General", "Product quality", "Delivery", "Billing", "Customer service", "Staff conduct"];
}
