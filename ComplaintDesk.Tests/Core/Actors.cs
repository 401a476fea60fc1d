using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Staff;

namespace ComplaintDesk.Tests.Core;

/// <summary>One ready actor per desk role, with the demo e-mail addresses.</summary>
internal static class Actors
{
    public static readonly Actor Handler = Make("id-h1", "handler@demo.local", DeskRole.Handler);

    public static readonly Actor Handler2 = Make("id-h2", "handler2@demo.local", DeskRole.Handler);

    public static readonly Actor Supervisor = Make("id-s1", "supervisor@demo.local", DeskRole.Supervisor);

    public static readonly Actor QualityManager = Make("id-q1", "quality@demo.local", DeskRole.QualityManager);

    public static readonly Actor Administrator = Make("id-a1", "admin@demo.local", DeskRole.Administrator);

    /// <summary>The same person as the assignment target they would be looked up as.</summary>
    public static StaffMember AsStaff(this Actor actor) => new(actor.UserId, actor.Email, actor.Email, actor.Roles);

    public static Actor Make(string userId, string email, params DeskRole[] roles) => new(userId, email, roles.ToHashSet());
}
