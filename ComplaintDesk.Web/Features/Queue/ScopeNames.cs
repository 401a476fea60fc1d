using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>The queue's tabs as they are written in its address.</summary>
public static class ScopeNames
{
    private static readonly Dictionary<QueueScope, string> _names = new()
    {
        [QueueScope.Mine] = "mine",
        [QueueScope.MyTeams] = "my-teams",
        [QueueScope.Unassigned] = "unassigned",
        [QueueScope.AllOpen] = "open",
        [QueueScope.Closed] = "closed",
    };

    public static string Name(QueueScope scope) => _names[scope];

    public static QueueScope? Parse(string? name) =>
        _names.FirstOrDefault(n => string.Equals(n.Value, name, StringComparison.OrdinalIgnoreCase)) is { Value: not null } found ? found.Key : null;
}
