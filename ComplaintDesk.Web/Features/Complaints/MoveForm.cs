using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>Everything a move dialog may ask for; it outlives a refused send, so nothing typed is lost.</summary>
public sealed class MoveForm
{
    public string? AssigneeEmail { get; set; }

    public Channel? Channel { get; set; }

    public Priority? Priority { get; set; }

    public string? Category { get; set; }

    public string? ProductOrService { get; set; }

    public RemedyType? Remedy { get; set; }

    public ClosingOutcome? Outcome { get; set; }

    public int Satisfaction { get; set; }

    public string? RootCause { get; set; }

    public string? CorrectiveAction { get; set; }

    public string? ComplainantName { get; set; }

    public string? ComplainantEmail { get; set; }

    public string? ComplainantPhone { get; set; }

    public string? ComplainantPostalAddress { get; set; }

    public ContactMethod? PreferredContact { get; set; }

    public string? ComplainantLanguage { get; set; }

    public string? SubjectStaffEmail { get; set; }

    /// <summary>The note, question, message, response, decision, comment or reason: the move's free text.</summary>
    public string? Text { get; set; }

    /// <summary>Files attached to a note.</summary>
    public IReadOnlyList<AdmittedFile> Files { get; set; } = [];

    public ComplaintCommand ToCommand(ComplaintMove move) => move switch
    {
        ComplaintMove.Assign => new AssignCommand(AssigneeEmail),
        ComplaintMove.Acknowledge => new AcknowledgeCommand(Channel, Text),
        ComplaintMove.Assess => new AssessCommand(Priority, Category, ProductOrService, Text),
        ComplaintMove.Investigate => new InvestigateCommand(),
        ComplaintMove.Note => new NoteCommand(Text) { Attachments = Files },
        ComplaintMove.AwaitComplainant => new AwaitComplainantCommand(Text) { Attachments = Files },
        ComplaintMove.Resume => new ResumeCommand(),
        ComplaintMove.ProposeResponse => new ProposeResponseCommand(Remedy, Text),
        ComplaintMove.CommunicateDecision => new CommunicateDecisionCommand(Channel, Text) { Attachments = Files },
        ComplaintMove.Close => new CloseCommand(Outcome, Satisfaction == 0 ? null : Satisfaction, Text, RootCause),
        ComplaintMove.RejectDecision => new RejectDecisionCommand(Text),
        ComplaintMove.Withdraw => new WithdrawCommand(Text),
        ComplaintMove.Escalate => new EscalateCommand(Text),
        ComplaintMove.RecordSatisfaction => new RecordSatisfactionCommand(Satisfaction == 0 ? null : Satisfaction, Text),
        ComplaintMove.RecordRootCause => new RecordRootCauseCommand(RootCause, CorrectiveAction),
        ComplaintMove.CorrectComplainant => new CorrectComplainantCommand(
            new ComplainantDetails(ComplainantName, ComplainantEmail, ComplainantPhone, PreferredContact, ComplainantLanguage, ComplainantPostalAddress)),
        ComplaintMove.CorrectSubjectStaff => new CorrectSubjectStaffCommand(SubjectStaffEmail),
        _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Not a move a person makes on a complaint."),
    };

    /// <summary>
    /// Starts from what the complaint already says, so the handler confirms rather than retypes. What only the
    /// complainant can tell (how a complaint closes) starts empty: a preset answer would be recorded unread.
    /// </summary>
    public static MoveForm For(ComplaintMove move, Core.Complaints.Queries.ComplaintDetails complaint) => move switch
    {
        ComplaintMove.Acknowledge => new MoveForm { Channel = complaint.Intake.Channel },
        ComplaintMove.Assess => new MoveForm { Priority = complaint.Priority, Category = complaint.Category },
        ComplaintMove.CommunicateDecision => new MoveForm { Channel = complaint.Intake.Channel, Text = complaint.Decision.ResponseText },
        ComplaintMove.RecordRootCause => new MoveForm { RootCause = complaint.Closing.RootCause, CorrectiveAction = complaint.Closing.CorrectiveAction },
        ComplaintMove.CorrectSubjectStaff => new MoveForm { SubjectStaffEmail = complaint.Assignment.SubjectStaffEmail },
        ComplaintMove.CorrectComplainant when complaint.Complainant is { } person => new MoveForm
        {
            ComplainantName = person.Name,
            ComplainantEmail = person.Email,
            ComplainantPhone = person.Phone,
            ComplainantPostalAddress = person.PostalAddress,
            PreferredContact = person.PreferredContact,
            ComplainantLanguage = complaint.ComplainantLanguage,
        },
        _ => new MoveForm(),
    };
}
