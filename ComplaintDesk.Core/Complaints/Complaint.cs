using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Complaints;

/// <summary>
/// A complaint from receipt to closing (ISO 10002 clause 7). Created only by <see cref="Receive"/>
/// and changed only by its moves, each checked against <see cref="ComplaintMoves"/> and recorded
/// as one <see cref="TimelineEvent"/>.
/// </summary>
public sealed partial class Complaint
{
    private readonly List<TimelineEvent> _timeline = [];
    private readonly List<string> _barredFromDeciding = [];

    private Complaint()
    {
    }

    public long Id { get; private set; }

    public string Reference { get; private set; } = "";

    public ComplaintStatus Status { get; private set; }

    public Priority Priority { get; private set; }

    public int? CategoryId { get; private set; }

    public Category? Category { get; private set; }

    /// <summary>The team whose queue the complaint is in: its category's team when it came in or was last put in a category.</summary>
    public int? TeamId { get; private set; }

    public Channel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string ProductOrService { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? DesiredOutcome { get; private set; }

    /// <summary>The staff member the complaint is about; never its assignee (Annex D).</summary>
    public string? SubjectStaffEmail { get; private set; }

    public string? AssigneeEmail { get; private set; }

    /// <summary>The first person assigned, kept for the record.</summary>
    public string? FirstHandlerEmail { get; private set; }

    /// <summary>
    /// Who may no longer take this complaint's decision (Annex D): whoever communicated a decision the
    /// complainant rejected, and whoever had the complaint when it was escalated by hand.
    /// </summary>
    public IReadOnlyList<string> BarredFromDeciding => _barredFromDeciding;

    public int EscalationLevel { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public RemedyType? Remedy { get; private set; }

    public string? ResponseText { get; private set; }

    public Channel? DecisionChannel { get; private set; }

    public string? DecisionText { get; private set; }

    public DateTimeOffset? DecisionCommunicatedAt { get; private set; }

    /// <summary>Who communicated the latest decision.</summary>
    public string? DecisionCommunicatedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public ClosingOutcome? Outcome { get; private set; }

    public int? Satisfaction { get; private set; }

    public string? SatisfactionComment { get; private set; }

    public string? RootCause { get; private set; }

    /// <summary>The reference of the corrective action taken on the root cause, in the organisation's own system (ISO 10002 8.7).</summary>
    public string? CorrectiveAction { get; private set; }

    /// <summary>The complaint this one was merged into as a duplicate; null unless it was.</summary>
    public long? MergedIntoId { get; private set; }

    /// <summary>Goes up by one with every move; a write based on an older version is refused.</summary>
    public int Version { get; private set; }

    public Complainant Complainant { get; private set; } = null!;

    public IReadOnlyList<TimelineEvent> Timeline => _timeline;

    /// <summary>The event the last move recorded: files and messages that come with a move hang on it.</summary>
    internal TimelineEvent LatestEvent => _timeline[^1];

    /// <summary>ISO 10002 7.2: a complaint is received. Input that breaks <see cref="NewComplaintRules"/> is refused.</summary>
    public static Complaint Receive(
        NewComplaint input, Category? category, string reference, Priority defaultPriority, Stamp stamp)
    {
        var errors = new FieldErrors();
        var received = NewComplaintRules.Read(input, stamp.At, errors);
        errors.ThrowIfAny();
        var complaint = new Complaint
        {
            Reference = reference,
            Status = ComplaintStatus.Received,
            Priority = received!.Priority ?? defaultPriority,
            Category = category,
            TeamId = category?.TeamId,
            Channel = received.Channel,
            ReceivedAt = received.ReceivedAt,
            RegisteredAt = stamp.At,
            ProductOrService = received.ProductOrService,
            Description = received.Description,
            DesiredOutcome = received.DesiredOutcome,
            SubjectStaffEmail = received.SubjectStaffEmail,
            Complainant = new Complainant(received.Name, received.Email, received.Phone, received.PreferredContact, received.Language, received.PostalAddress),
        };
        complaint._timeline.Add(new TimelineEvent(
            stamp, ComplaintMove.Receive, null, ComplaintStatus.Received, DeskMessage.Of(EventKeys.Received, complaint.Channel), null));
        complaint.StartClocks();
        complaint.Version = 1;
        return complaint;
    }

    private ComplaintStatus Check(ComplaintMove move) => ComplaintMoves.Next(move, Status);

    private void Record(ComplaintMove move, ComplaintStatus next, Stamp stamp, DeskMessage what, string? text = null)
    {
        _timeline.Add(new TimelineEvent(stamp, move, Status, next, what, Blank(text)));
        Status = next;
        Version++;
    }

    private void BarFromDeciding(string? email)
    {
        if (email is not null && !_barredFromDeciding.Contains(email, StringComparer.OrdinalIgnoreCase))
        {
            _barredFromDeciding.Add(email.ToLowerInvariant());
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
