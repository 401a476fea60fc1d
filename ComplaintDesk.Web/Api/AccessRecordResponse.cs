using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Web.Api;

/// <summary>One personal-data access: <see cref="Action"/> is <c>view</c>, <c>export</c>, <c>anonymise</c> or <c>download</c>.</summary>
public sealed record AccessRecordResponse(DateTimeOffset At, string User, string? Role, string? Reference, string Action)
{
    public static AccessRecordResponse From(AccessRecordView record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.At, record.User, record.Role, record.Reference, record.Action.Name());
    }
}
