using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Core.Audit;

/// <summary>One personal-data access as the audit shows it: who, when, what and which complaint, never the data.</summary>
public sealed record AccessRecordView(DateTimeOffset At, string User, string? Role, string? Reference, PersonalDataAction Action, DeskMessage? Detail);
