using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Privacy;

/// <summary>
/// One time a person was shown, took away or erased a complainant's personal data (ISO 10002 4.10,
/// Annex D.4). Holds who, under which role, when and which complaint, never the data itself. Never edited.
/// </summary>
public sealed class PersonalDataAccess
{
    private PersonalDataAccess()
    {
    }

    internal PersonalDataAccess(Stamp stamp, PersonalDataAction action, string? reference, DeskMessage? detail)
    {
        At = stamp.At;
        UserId = stamp.Actor.UserId;
        UserEmail = stamp.Actor.Email;
        Role = RoleOf(stamp.Actor, action);
        Action = action;
        Reference = reference;
        Message = detail is null ? null : StoredMessage.Write(detail);
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserEmail { get; private set; } = "";

    /// <summary>The role the person acted under; null for the desk itself (the retention job).</summary>
    public string? Role { get; private set; }

    public PersonalDataAction Action { get; private set; }

    /// <summary>The complaint; null for a monthly export, which covers a whole month.</summary>
    public string? Reference { get; private set; }

    /// <summary>The English text a row written before details had keys keeps; null since.</summary>
    public string? Detail { get; private set; }

    /// <summary>What else identifies the access, e.g. the exported month, as a key and its values; never personal data.</summary>
    public string? Message { get; private set; }

    // A person with several roles saw the data because of the most privileged role that may see it;
    // an erasure is an administrator's act.
    private static string? RoleOf(Actor actor, PersonalDataAction action)
    {
        var capability = action switch
        {
            PersonalDataAction.Anonymise => DeskCapability.AnonymisePersonalData,
            PersonalDataAction.Export => DeskCapability.ExportPersonalData,
            _ => DeskCapability.SeePersonalData,
        };
        var role = DeskCapabilities.RolesWith(capability).Reverse().Where(actor.Roles.Contains).Select(r => (DeskRole?)r).FirstOrDefault();
        return role?.ToString() ?? (actor.Roles.Count == 0 ? null : string.Join(",", actor.Roles.Order()));
    }
}
