namespace ComplaintDesk.Core.Categories;

/// <summary>A managed complaint category (ISO 10002 7.5), edited by administrators.</summary>
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
}
