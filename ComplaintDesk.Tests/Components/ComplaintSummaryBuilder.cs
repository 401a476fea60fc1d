using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Components;

/// <summary>A queue row as Core would list it; unassigned, received and medium unless told otherwise.</summary>
internal sealed class ComplaintSummaryBuilder(string reference)
{
    private ComplaintStatus _status = ComplaintStatus.Received;
    private string? _assignee;
    private string? _subject;
    private int _version = 1;
    private Priority _priority = Priority.Medium;
    private string? _team;
    private NextDue? _nextDue;
    private int _level;
    private bool _complainantWroteLast;

    public ComplaintSummaryBuilder InState(ComplaintStatus status)
    {
        _status = status;
        return this;
    }

    public ComplaintSummaryBuilder AssignedTo(string email)
    {
        _assignee = email;
        return this;
    }

    public ComplaintSummaryBuilder About(string staffEmail)
    {
        _subject = staffEmail;
        return this;
    }

    public ComplaintSummaryBuilder WithPriority(Priority priority)
    {
        _priority = priority;
        return this;
    }

    public ComplaintSummaryBuilder InTeam(string team)
    {
        _team = team;
        return this;
    }

    /// <summary>The acknowledgement clock running, due a day after the complaint came in.</summary>
    public ComplaintSummaryBuilder WithNextDue()
    {
        _nextDue = new NextDue(ClockKind.Acknowledge, ComplaintDetailsBuilder.ReceivedAt.AddDays(1), ComplaintDetailsBuilder.ReceivedAt.AddHours(20), false);
        return this;
    }

    public ComplaintSummaryBuilder EscalatedTo(int level)
    {
        _level = level;
        return this;
    }

    /// <summary>The complainant's words are the latest on it.</summary>
    public ComplaintSummaryBuilder WithTheComplainantsLastWord()
    {
        _complainantWroteLast = true;
        return this;
    }

    public ComplaintSummaryBuilder AtVersion(int version)
    {
        _version = version;
        return this;
    }

    public ComplaintSummary Build() => new(
        reference, _status, _priority, null, Channel.Phone, ComplaintDetailsBuilder.ReceivedAt,
        "Broadband", _assignee, _assignee, _subject, _level, [], _version, "Ayşe Kara", _nextDue, _team, _complainantWroteLast);
}
