using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>What puts a complaint in a group of each breakdown.</summary>
public sealed record GroupKeys(string? Category, Channel Channel, Priority Priority, string? Assignee)
{
    public const string Uncategorised = "(no category)";
    public const string Unassigned = "(unassigned)";

    public string For(MonitoringDimension dimension) => dimension switch
    {
        MonitoringDimension.Category => Category ?? Uncategorised,
        MonitoringDimension.Channel => Channel.ToString(),
        MonitoringDimension.Priority => Priority.ToString(),
        _ => Assignee ?? Unassigned,
    };
}
