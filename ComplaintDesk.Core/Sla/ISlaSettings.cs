using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Sla;

/// <summary>The calendar and targets in force.</summary>
public interface ISlaSettings
{
    BusinessCalendar Calendar { get; }

    double WarningShare { get; }

    Priority DefaultPriority { get; }

    SlaPolicy PolicyFor(Priority priority);
}
