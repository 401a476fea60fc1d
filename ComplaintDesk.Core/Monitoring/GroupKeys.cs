using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Monitoring;

/// <summary>What puts a complaint in a group of each breakdown.</summary>
public sealed record GroupKeys(string? Category, Channel Channel, Priority Priority, string? Assignee)
{
    public const string Uncategorised = "(no category)";
    public const string Unassigned = "(unassigned)";

    private static readonly Dictionary<Channel, string> _channels = Enum.GetValues<Channel>().ToDictionary(c => c, c => c.ToString());
    private static readonly Dictionary<Priority, string> _priorities = Enum.GetValues<Priority>().ToDictionary(p => p, p => p.ToString());

    public string For(MonitoringDimension dimension) => dimension switch
    {
        MonitoringDimension.Category => Category ?? Uncategorised,
        MonitoringDimension.Channel => _channels[Channel],
        MonitoringDimension.Priority => _priorities[Priority],
        _ => Assignee ?? Unassigned,
    };
}
