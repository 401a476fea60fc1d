using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Tests.Components;

/// <summary>A complaint as the complaint page gets it from Core; unassigned and just received unless told otherwise.</summary>
internal sealed class ComplaintDetailsBuilder(string reference = ComplaintDetailsBuilder.Reference)
{
    public const string Reference = "CMP-2026-000042";

    public static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(3));

    private ComplaintStatus _status = ComplaintStatus.Received;
    private string? _assignee;
    private string? _subject;
    private string _description = "The parcel arrived two weeks late and the box was crushed.";
    private string? _noteText;
    private ComplainantView? _complainant = new("Ayşe Kara", "ayse.kara@example.com", "+90 532 000 00 00", ContactMethod.Email);
    private int _version = 3;
    private int _escalationLevel;
    private string[] _barred = [];
    private string? _language;
    private ComplaintDecision _decision = new(null, null, null, null, null);
    private ComplaintClosing _closing = new(null, null, null, null, null);

    public ComplaintDetailsBuilder InState(ComplaintStatus status)
    {
        _status = status;
        return this;
    }

    public ComplaintDetailsBuilder AssignedTo(string email)
    {
        _assignee = email;
        return this;
    }

    /// <summary>Escalated to this level; <paramref name="barred"/> may no longer take its decision (Annex D).</summary>
    public ComplaintDetailsBuilder EscalatedTo(int level, params string[] barred)
    {
        _escalationLevel = level;
        _barred = barred;
        return this;
    }

    public ComplaintDetailsBuilder About(string staffEmail)
    {
        _subject = staffEmail;
        return this;
    }

    public ComplaintDetailsBuilder Describing(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds a note to the timeline with this text.</summary>
    public ComplaintDetailsBuilder WithNote(string text)
    {
        _noteText = text;
        return this;
    }

    /// <summary>As Core gives it to a role that may not see personal data.</summary>
    public ComplaintDetailsBuilder WithoutComplainant()
    {
        _complainant = null;
        return this;
    }

    /// <summary>The complainant's language, as registered.</summary>
    public ComplaintDetailsBuilder SpeakingTo(string language)
    {
        _language = language;
        return this;
    }

    /// <summary>A remedy proposed and the decision sent to the complainant a day after intake.</summary>
    /// <param name="closesWithoutReplyAt">When the desk closes it if the complainant does not reply.</param>
    public ComplaintDetailsBuilder Decided(RemedyType remedy, Channel channel, DateTimeOffset? closesWithoutReplyAt = null)
    {
        _decision = new ComplaintDecision(remedy, "We refund the delivery charge.", channel, "We are sorry for the delay.", ReceivedAt.AddDays(1), closesWithoutReplyAt);
        return this;
    }

    /// <summary>Closed two days after intake, as the arguments say.</summary>
    public ComplaintDetailsBuilder ClosedAs(ClosingOutcome outcome, int? satisfaction = null, string? rootCause = null, string? correctiveAction = null)
    {
        _status = ComplaintStatus.Closed;
        _closing = new ComplaintClosing(outcome, satisfaction, null, rootCause, ReceivedAt.AddDays(2), correctiveAction);
        return this;
    }

    public ComplaintDetailsBuilder AtVersion(int version)
    {
        _version = version;
        return this;
    }

    public ComplaintDetails Build()
    {
        List<TimelineEntry> timeline =
        [
            new(ReceivedAt, "supervisor@demo.local", ComplaintMove.Receive, "7.2", null, ComplaintStatus.Received, DeskMessage.Of(EventKeys.Received, Channel.Phone), null),
        ];
        if (_noteText is not null)
        {
            timeline.Add(new(ReceivedAt.AddMinutes(5), "handler@demo.local", ComplaintMove.Note, "7.3", _status, _status, DeskMessage.Of(EventKeys.NoteAdded), _noteText));
        }

        return new ComplaintDetails(
            reference, _status, Priority.Medium, null, _version,
            new ComplaintIntake(Channel.Phone, ReceivedAt, ReceivedAt, null, "Next-day delivery", _description, null),
            new ComplaintAssignment(_assignee, _assignee, _subject, _escalationLevel, _barred),
            _decision,
            _closing,
            [], timeline, _complainant, _language);
    }
}
