using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Sla;

/// <summary>The calendar and targets in force.</summary>
public interface ISlaSettings
{
    BusinessCalendar Calendar { get; }

    double WarningShare { get; }

    Priority DefaultPriority { get; }

    /// <summary>The category's override for the priority if it has one, else the priority's policy.</summary>
    SlaPolicy PolicyFor(Priority priority, string? category);
}
