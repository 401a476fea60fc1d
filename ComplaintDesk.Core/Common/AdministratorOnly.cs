using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Common;

/// <summary>How the desk is organised (categories, teams) is changed by those who administer it only.</summary>
internal static class AdministratorOnly
{
    public static void Ensure(Actor actor, string what)
    {
        if (!actor.Has(DeskCapability.AdministerOrganisation))
        {
            throw new NotPermittedException(DeskMessage.Of(what));
        }
    }
}
