namespace ComplaintDesk.Core.Common;

/// <summary>The <c>Desk</c> settings section.</summary>
public sealed class DeskOptions
{
    public const string Section = "Desk";

    /// <summary>IANA time zone of the desk: reference years and, later, business hours follow it.</summary>
    public string TimeZone { get; set; } = "Europe/Istanbul";

    /// <summary>Seed demo users and complaints into an empty database.</summary>
    public bool DemoData { get; set; }
}
