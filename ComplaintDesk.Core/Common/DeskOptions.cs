namespace ComplaintDesk.Core.Common;

/// <summary>The <c>Desk</c> settings section.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>IANA time zone of the desk on its first start; from then on it is kept with the stored calendar (<see cref="DeskTimeZone"/>).</summary>
    public string TimeZone { get; set; } = "Europe/Istanbul";

    /// <summary>The address complainants reach the desk at: the base of every link in a message to them.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Seed demo users and complaints into an empty database.</summary>
    public bool DemoData { get; set; }
}
