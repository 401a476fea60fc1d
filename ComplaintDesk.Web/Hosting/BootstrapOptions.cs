namespace ComplaintDesk.Web.Hosting;

/// <summary><c>Desk:Bootstrap</c>: the first administrator of a desk that runs without demo data.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Desk:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
