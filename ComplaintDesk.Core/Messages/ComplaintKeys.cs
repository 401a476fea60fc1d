using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what Core tells a person about a complaint: its fields, its moves and why one is refused.</summary>
public static class ComplaintKeys
{
    public const string ComplainantDetails = "Core.Complaint.ComplainantDetails";

    public const string ComplainantName = "Core.Complaint.ComplainantName";

    public const string PreferredContact = "Core.Complaint.PreferredContact";

    public const string EmailShape = "Core.Complaint.EmailShape";

    public const string PhoneShape = "Core.Complaint.PhoneShape";

    public const string EmailPreferred = "Core.Complaint.EmailPreferred";

    public const string PhonePreferred = "Core.Complaint.PhonePreferred";

    public const string ChannelReceived = "Core.Complaint.ChannelReceived";

    public const string ProductOrService = "Core.Complaint.ProductOrService";

    public const string Description = "Core.Complaint.Description";

    public const string ReceivedInFuture = "Core.Complaint.ReceivedInFuture";

    public const string ReceivedTooLongAgo = "Core.Complaint.ReceivedTooLongAgo";

    public const string StaffEmail = "Core.Complaint.StaffEmail";

    public const string NoSuchComplaint = "Core.Complaint.NoSuchComplaint";

    public const string Stale = "Core.Complaint.Stale";

    public const string AssigneeMissing = "Core.Complaint.AssigneeMissing";

    public const string AssigneeUnknown = "Core.Complaint.AssigneeUnknown";

    public const string AcknowledgementChannel = "Core.Complaint.AcknowledgementChannel";

    public const string PriorityMissing = "Core.Complaint.PriorityMissing";

    public const string CategoryMissing = "Core.Complaint.CategoryMissing";

    public const string NoteMissing = "Core.Complaint.NoteMissing";

    public const string QuestionMissing = "Core.Complaint.QuestionMissing";

    public const string RemedyMissing = "Core.Complaint.RemedyMissing";

    public const string ResponseMissing = "Core.Complaint.ResponseMissing";

    public const string DecisionChannel = "Core.Complaint.DecisionChannel";

    public const string DecisionMissing = "Core.Complaint.DecisionMissing";

    public const string OutcomeMissing = "Core.Complaint.OutcomeMissing";

    public const string SatisfactionRange = "Core.Complaint.SatisfactionRange";

    public const string RejectionReason = "Core.Complaint.RejectionReason";

    public const string WithdrawalReason = "Core.Complaint.WithdrawalReason";

    public const string EscalationReason = "Core.Complaint.EscalationReason";

    public const string MergeIntoMissing = "Core.Complaint.MergeIntoMissing";

    public const string MergeIntoUnknown = "Core.Complaint.MergeIntoUnknown";

    public const string MergeIntoItself = "Core.Complaint.MergeIntoItself";

    public const string MergeIntoFinished = "Core.Complaint.MergeIntoFinished";

    public const string MergedOnlyByMerging = "Core.Complaint.MergedOnlyByMerging";

    public const string ReplyStillPossible = "Core.Complaint.ReplyStillPossible";

    public const string SatisfactionMissing = "Core.Complaint.SatisfactionMissing";

    public const string SatisfactionAlreadyRecorded = "Core.Complaint.SatisfactionAlreadyRecorded";

    public const string NoSatisfactionWhenMerged = "Core.Complaint.NoSatisfactionWhenMerged";

    public const string RootCauseMissing = "Core.Complaint.RootCauseMissing";

    public const string ComplainantAnonymised = "Core.Complaint.ComplainantAnonymised";

    public const string NothingCorrected = "Core.Complaint.NothingCorrected";

    public const string SubjectStaffUnchanged = "Core.Complaint.SubjectStaffUnchanged";

    public const string HistoryNotYours = "Core.Complaint.HistoryNotYours";

    public const string AboutAssignee = "Core.Complaint.AboutAssignee";

    public const string AlreadyAssigned = "Core.Complaint.AlreadyAssigned";

    public const string HighestLevel = "Core.Complaint.HighestLevel";

    public const string AlreadyAnonymised = "Core.Complaint.AlreadyAnonymised";

    public const string WrongStatus = "Core.Complaint.WrongStatus";

    public const string ReadOnly = "Core.Complaint.ReadOnly";

    public const string IndependentDecision = "Core.Complaint.IndependentDecision";

    public const string RoleCannot = "Core.Complaint.RoleCannot";

    public const string AssignedToOther = "Core.Complaint.AssignedToOther";

    public const string AboutYou = "Core.Complaint.AboutYou";

    public const string OnlySupervisorsAssignOthers = "Core.Complaint.OnlySupervisorsAssignOthers";

    public const string NoMoveReadOnly = "Core.Complaint.NoMoveReadOnly";

    public const string NoMoveAboutYou = "Core.Complaint.NoMoveAboutYou";

    public const string NoMoveFinished = "Core.Complaint.NoMoveFinished";

    public const string NoMoveAssigned = "Core.Complaint.NoMoveAssigned";

    public const string SortBy = "Core.Complaint.SortBy";

    public const string AssigneeFilter = "Core.Complaint.AssigneeFilter";

    public const string TeamFilter = "Core.Complaint.TeamFilter";

    public const string NotACategory = "Core.Complaint.NotACategory";

    public const string CategoryRetired = "Core.Complaint.CategoryRetired";

    /// <summary>A move as a verb, in the running text of a refusal.</summary>
    public static DeskMessage Verb(ComplaintMove move) => DeskMessage.Of($"Core.Complaint.Verb.{move}");

    /// <summary>One of the complainant's details by its name (<see cref="Complaints.ComplainantFields"/>), as a correction lists it.</summary>
    public static DeskMessage Field(string name) => DeskMessage.Of($"Core.Complainant.Field.{name}");

    /// <summary>A status as running text reads it ("in investigation").</summary>
    public static DeskMessage Describe(ComplaintStatus status) => DeskMessage.Of($"Core.Complaint.Status.{status}");

    /// <summary>Who a complaint at an escalation level is in the hands of (ISO 10002 Annex H).</summary>
    public static DeskMessage Level(int level) => DeskMessage.Of($"Core.Complaint.Level.{Math.Clamp(level, 0, EscalationLevels.Highest)}");
}
