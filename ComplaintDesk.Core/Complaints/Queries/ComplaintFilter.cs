using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints.Queries;

/// <summary>A <see cref="ComplaintSearch"/> that passed its checks.</summary>
public sealed record ComplaintFilter(
    IReadOnlyList<ComplaintStatus> Statuses,
    IReadOnlyList<Priority> Priorities,
    AssigneeFilter Assignee,
    string? AssigneeEmail,
    string? Text,
    int Page,
    int PageSize,
    ComplaintSort Sort,
    bool MyTeams = false)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public static ComplaintFilter From(ComplaintSearch search, Actor actor)
    {
        var errors = new FieldErrors().Text("q", search.Q).Text("assignee", search.Assignee).Text("sort", search.Sort);
        var statuses = ParseList<ComplaintStatus>(search.Status, "status", errors);
        var priorities = ParseList<Priority>(search.Priority, "priority", errors);
        var (assignee, assigneeEmail) = ParseAssignee(search.Assignee, actor);
        if (assignee == AssigneeFilter.Person && !ContactShapes.IsEmail(assigneeEmail!))
        {
            errors.Add("assignee", DeskMessage.Of(ComplaintKeys.AssigneeFilter));
        }

        if (search.Page is < 1)
        {
            errors.Add("page", DeskMessage.Of(FieldKeys.PagesFromOne));
        }

        if (search.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", DeskMessage.Of(FieldKeys.PageOfComplaints, MaxPageSize));
        }

        var myTeams = !string.IsNullOrWhiteSpace(search.Team);
        if (myTeams && !string.Equals(search.Team!.Trim(), "mine", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("team", DeskMessage.Of(ComplaintKeys.TeamFilter));
        }

        var sort = ComplaintSort.Parse(search.Sort, errors);
        errors.ThrowIfAny();
        return new ComplaintFilter(
            statuses, priorities, assignee, assigneeEmail, string.IsNullOrWhiteSpace(search.Q) ? null : search.Q.Trim(),
            search.Page ?? 1, search.PageSize ?? DefaultPageSize, sort, myTeams);
    }

    private static (AssigneeFilter, string?) ParseAssignee(string? value, Actor actor) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => (AssigneeFilter.Anyone, null),
        "me" => (AssigneeFilter.Person, actor.Email.ToLowerInvariant()),
        "unassigned" => (AssigneeFilter.Nobody, null),
        var email => (AssigneeFilter.Person, email),
    };

    private static List<T> ParseList<T>(string? value, string field, FieldErrors errors)
        where T : struct, Enum
    {
        var parsed = new List<T>();
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<T>(part, ignoreCase: true, out var item) && Enum.IsDefined(item) && !int.TryParse(part, out _))
            {
                parsed.Add(item);
            }
            else
            {
                errors.Add(field, DeskMessage.Of(FieldKeys.NotOneOf, part, string.Join(", ", Enum.GetNames<T>())));
            }
        }

        return parsed;
    }
}
