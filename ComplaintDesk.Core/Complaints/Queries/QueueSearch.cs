namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>Turns what the queue screen shows into a <see cref="ComplaintSearch"/>.</summary>
public static class QueueSearch
{
    private static readonly string _open = string.Join(',', Enum.GetValues<ComplaintStatus>().Where(s => s.IsOpen()));
    private static readonly string _finished = string.Join(',', Enum.GetValues<ComplaintStatus>().Where(s => !s.IsOpen()));

    public static ComplaintSearch For(QueueScope scope, string? text, Priority? priority, int page, int pageSize, string? sort) => new(
        Status: scope == QueueScope.Closed ? _finished : _open,
        Assignee: scope switch
        {
            QueueScope.Mine => "me",
            QueueScope.Unassigned => "unassigned",
            _ => null,
        },
        Priority: priority?.ToString(),
        Q: text,
        Page: page,
        PageSize: pageSize,
        Sort: sort,
        Team: scope == QueueScope.MyTeams ? "mine" : null);
}
