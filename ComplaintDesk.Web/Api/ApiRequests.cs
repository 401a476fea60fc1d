using ComplaintDesk.Web.Api.Moves;

namespace ComplaintDesk.Web.Api;

/// <summary>The records the API reads request bodies into: the document's schema transformers describe these alone.</summary>
internal static class ApiRequests
{
    // A team given to a category is not among them: its null team means "the whole desk", not a missing field.
    private static readonly HashSet<Type> _records =
    [
        typeof(RegisterComplaintRequest), typeof(ComplainantRequest),
        typeof(LoginRequest), typeof(CreateUserRequest), typeof(UserRolesRequest), typeof(ResetPasswordRequest),
        typeof(ChangePasswordRequest), typeof(NameRequest), typeof(TeamMembersRequest), typeof(AnonymiseRequest),
    ];

    public static bool Contains(Type type) => type.IsAssignableTo(typeof(IMoveRequest)) || _records.Contains(type);
}
