namespace ComplaintDesk.Core.Escalations;

/// <summary>What one sweep found: complaints checked, alerts raised, reminders sent.</summary>
public sealed record SweepResult(int ComplaintsChecked, int AlertsRaised, int Reminded);
