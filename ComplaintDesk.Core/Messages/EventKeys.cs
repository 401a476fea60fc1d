using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what a complaint's timeline says happened; the event's move, clause and statuses are beside it.</summary>
public static class EventKeys
{
    public const string Received = "Core.Event.Received";

    public const string Assigned = "Core.Event.Assigned";

    public const string Reassigned = "Core.Event.Reassigned";

    public const string Acknowledged = "Core.Event.Acknowledged";

    public const string Assessed = "Core.Event.Assessed";

    public const string InvestigationStarted = "Core.Event.InvestigationStarted";

    public const string NoteAdded = "Core.Event.NoteAdded";

    public const string InformationRequested = "Core.Event.InformationRequested";

    public const string InvestigationResumed = "Core.Event.InvestigationResumed";

    public const string ComplainantInformation = "Core.Event.ComplainantInformation";

    public const string ComplainantInformationResumed = "Core.Event.ComplainantInformationResumed";

    public const string ResponseProposed = "Core.Event.ResponseProposed";

    public const string DecisionCommunicated = "Core.Event.DecisionCommunicated";

    public const string Closed = "Core.Event.Closed";

    public const string ClosedWithSatisfaction = "Core.Event.ClosedWithSatisfaction";

    public const string ClosedForNoReply = "Core.Event.ClosedForNoReply";

    public const string SatisfactionRecorded = "Core.Event.SatisfactionRecorded";

    public const string RootCauseRecorded = "Core.Event.RootCauseRecorded";

    public const string RootCauseRecordedWithAction = "Core.Event.RootCauseRecordedWithAction";

    public const string ComplainantCorrected = "Core.Event.ComplainantCorrected";

    /// <summary>The staff member the complaint is about, corrected; its value is their e-mail.</summary>
    public const string SubjectStaffNamed = "Core.Event.SubjectStaffNamed";

    /// <summary>The complaint was found to be about no staff member after all.</summary>
    public const string SubjectStaffCleared = "Core.Event.SubjectStaffCleared";

    public const string DecisionRejected = "Core.Event.DecisionRejected";

    public const string Withdrawn = "Core.Event.Withdrawn";

    public const string Escalated = "Core.Event.Escalated";

    public const string MergedInto = "Core.Event.MergedInto";

    public const string DuplicateMergedIn = "Core.Event.DuplicateMergedIn";

    public const string AlertRaised = "Core.Event.AlertRaised";

    public const string ClockBreached = "Core.Event.ClockBreached";

    public const string ClockWarned = "Core.Event.ClockWarned";

    public const string BreachUnhandled = "Core.Event.BreachUnhandled";

    public const string AnonymisedOnRequest = "Core.Event.AnonymisedOnRequest";

    public const string AnonymisedAfterRetention = "Core.Event.AnonymisedAfterRetention";

    /// <summary>A role's members in running text ("quality managers"), as an alert's audience names them.</summary>
    public static DeskMessage Members(DeskRole role) => DeskMessage.Of($"Core.Role.Members.{role}");
}
