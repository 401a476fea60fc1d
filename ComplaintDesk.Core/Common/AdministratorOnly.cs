namespace ComplaintDesk.Core.Common;

/// <summary>How the desk is organised (categories, teams) is changed by administrators only.</summary>
internal static class AdministratorOnly
{
    public static void Ensure(Actor actor, string what)
    {
        if (!actor.Roles.Contains(DeskRole.Administrator))
        {
            throw new NotPermittedException($"Only administrators {what}.");
        }
    }
}
