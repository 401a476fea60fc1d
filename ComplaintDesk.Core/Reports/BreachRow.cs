using ComplaintDesk.Core.Monitoring;

namespace ComplaintDesk.Core.Reports;

/// <summary>A late clock of a complaint received in the month.</summary>
internal sealed record BreachRow(MonitoredComplaint Complaint, MonitoredClock Clock);
