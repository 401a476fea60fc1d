using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Core.Complaints;

/// <summary>The moves from assignment to the end of the investigation (ISO 10002 7.3–7.6).</summary>
public sealed partial class Complaint
{
    public void Assign(string assigneeEmail, Stamp stamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assigneeEmail);
        var next = Check(ComplaintMove.Assign);
        RefuseIfAbout(assigneeEmail, SubjectStaffEmail);

        if (string.Equals(assigneeEmail, AssigneeEmail, StringComparison.OrdinalIgnoreCase))
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.AlreadyAssigned, AssigneeEmail!));
        }

        var previous = AssigneeEmail;
        AssigneeEmail = assigneeEmail.ToLowerInvariant();
        FirstHandlerEmail ??= AssigneeEmail;
        Record(ComplaintMove.Assign, next, stamp,
            previous is null ? DeskMessage.Of(EventKeys.Assigned, AssigneeEmail) : DeskMessage.Of(EventKeys.Reassigned, previous, AssigneeEmail));
    }

    public void Acknowledge(Channel? channel, string? message, Stamp stamp)
    {
        var next = Check(ComplaintMove.Acknowledge);
        new FieldErrors()
            .Required("channel", channel, DeskMessage.Of(ComplaintKeys.AcknowledgementChannel))
            .MaxLength("message", message, TextLimits.LongText)
            .ThrowIfAny();
        AcknowledgedAt = stamp.At;
        StopClock(ClockKind.Acknowledge, stamp.At);
        Record(ComplaintMove.Acknowledge, next, stamp, DeskMessage.Of(EventKeys.Acknowledged, channel!.Value), message);
    }

    public void Assess(Priority? priority, Category? category, string? productOrService, string? notes, Stamp stamp)
    {
        var next = Check(ComplaintMove.Assess);
        var errors = new FieldErrors()
            .Required("priority", priority, DeskMessage.Of(ComplaintKeys.PriorityMissing))
            .MaxLength("productOrService", productOrService, TextLimits.Name)
            .MaxLength("notes", notes, TextLimits.LongText);
        if (category is null)
        {
            errors.Add("category", DeskMessage.Of(ComplaintKeys.CategoryMissing));
        }

        errors.ThrowIfAny();

        Priority = priority!.Value;
        if (category!.Id != CategoryId)
        {
            TeamId = category.TeamId;
        }

        Category = category;
        ProductOrService = Blank(productOrService) ?? ProductOrService;
        Record(ComplaintMove.Assess, next, stamp, DeskMessage.Of(EventKeys.Assessed, Priority, Category.Name), notes);
    }

    public void Investigate(Stamp stamp) =>
        Record(ComplaintMove.Investigate, Check(ComplaintMove.Investigate), stamp, DeskMessage.Of(EventKeys.InvestigationStarted));

    /// <returns>The event that records it, for the files that come with it.</returns>
    public TimelineEvent AddNote(string? text, Stamp stamp)
    {
        var next = Check(ComplaintMove.Note);
        new FieldErrors().RequiredText("text", text, TextLimits.LongText, DeskMessage.Of(ComplaintKeys.NoteMissing)).ThrowIfAny();
        Record(ComplaintMove.Note, next, stamp, DeskMessage.Of(EventKeys.NoteAdded), text);
        return LatestEvent;
    }

    /// <returns>The event that records it, for the files sent with the question.</returns>
    public TimelineEvent AwaitComplainant(string? question, Stamp stamp)
    {
        var next = Check(ComplaintMove.AwaitComplainant);
        new FieldErrors().RequiredText("question", question, TextLimits.LongText, DeskMessage.Of(ComplaintKeys.QuestionMissing)).ThrowIfAny();
        _pauses.Add(new ComplaintPause(stamp.At));
        Record(ComplaintMove.AwaitComplainant, next, stamp, DeskMessage.Of(EventKeys.InformationRequested), question);
        return LatestEvent;
    }

    public void Resume(Stamp stamp)
    {
        var next = Check(ComplaintMove.Resume);
        _pauses.Single(p => p.To is null).End(stamp.At);
        Record(ComplaintMove.Resume, next, stamp, DeskMessage.Of(EventKeys.InvestigationResumed));
    }

    /// <summary>
    /// Names the staff member the complaint is about once that is known better, or clears it (ISO 10002 4.6, Annex D).
    /// Whoever has the complaint cannot become what it is about: it is reassigned first.
    /// </summary>
    internal void CorrectSubjectStaff(string? email, Stamp stamp)
    {
        var next = Check(ComplaintMove.CorrectSubjectStaff);
        if (string.Equals(email, SubjectStaffEmail, StringComparison.OrdinalIgnoreCase))
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.SubjectStaffUnchanged));
        }

        RefuseIfAbout(AssigneeEmail, email);
        SubjectStaffEmail = email;
        Record(ComplaintMove.CorrectSubjectStaff, next, stamp,
            email is null ? DeskMessage.Of(EventKeys.SubjectStaffCleared) : DeskMessage.Of(EventKeys.SubjectStaffNamed, email));
    }

    // Annex D: nobody handles a complaint about themselves.
    private static void RefuseIfAbout(string? assignee, string? subject)
    {
        if (assignee is not null && string.Equals(assignee, subject, StringComparison.OrdinalIgnoreCase))
        {
            throw new MoveRefusedException(DeskMessage.Of(ComplaintKeys.AboutAssignee, subject!));
        }
    }
}
