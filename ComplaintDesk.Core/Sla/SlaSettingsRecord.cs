namespace ComplaintDesk.Core.Sla;

/// <summary>The calendar and SLA settings in force, kept in the database (one row), as JSON.</summary>
internal sealed class SlaSettingsRecord
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public string Calendar { get; set; } = "";

    public string Sla { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public string ChangedBy { get; set; } = "";
}
