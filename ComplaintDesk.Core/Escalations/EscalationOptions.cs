namespace ComplaintDesk.Core.Escalations;

/// <summary><c>Desk:Escalation</c>: how long a breach may go unacknowledged, and how often an open alert reminds.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Desk:Escalation";

    public TimeSpan UnhandledAfter { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(30);
}
