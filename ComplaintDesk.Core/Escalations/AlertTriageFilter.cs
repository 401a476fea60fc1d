using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Escalations;

/// <summary>
/// Which alerts the triage groups, and which page of groups it returns. <see cref="MinLevel"/> keeps alerts at
/// that level and above, so a group's current level is the same with or without it; <see cref="OlderThan"/>
/// keeps alerts raised at least that long ago.
/// </summary>
public sealed record AlertTriageFilter(
    int? MinLevel = null,
    AlertTrigger? Kind = null,
    TimeSpan? OlderThan = null,
    AlertScope Scope = AlertScope.Everything,
    bool IncludeAcknowledged = false,
    int Page = 1,
    int PageSize = AlertTriageFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Refuses a filter that cannot be answered, naming every problem at once.</summary>
    public void Validate()
    {
        var errors = new FieldErrors();
        if (MinLevel is < 0 or > EscalationLevels.Highest)
        {
            errors.Add("minLevel", DeskMessage.Of(AlertKeys.LevelRange, EscalationLevels.Highest));
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add("kind", DeskMessage.Of(AlertKeys.KindOneOf, string.Join(", ", Enum.GetNames<AlertTrigger>())));
        }

        if (OlderThan < TimeSpan.Zero)
        {
            errors.Add("olderThan", DeskMessage.Of(AlertKeys.NegativeAge));
        }

        if (Page < 1)
        {
            errors.Add("page", DeskMessage.Of(FieldKeys.PagesFromOne));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", DeskMessage.Of(FieldKeys.PageOfComplaints, MaxPageSize));
        }

        errors.ThrowIfAny();
    }
}
