using ComplaintDesk.Core.Access;

namespace ComplaintDesk.Core.Common;

/// <summary>The signed-in person making a request, as Core sees them.</summary>
public sealed record Actor(string UserId, string Email, IReadOnlySet<DeskRole> Roles)
{
    /// <summary>
    /// The desk itself, for what its clocks do: SLA alerts, and closing a complaint whose complainant never answered its
    /// decision. It has no role; that close is the one move it makes.
    /// </summary>
    public static Actor Desk { get; } = new("desk", "ComplaintDesk", new HashSet<DeskRole>());

    /// <summary>The complainant, through their status link: no account and no role; makes only their own moves.</summary>
    public static Actor Complainant { get; } = new("complainant", "complainant", new HashSet<DeskRole>());

    public bool IsComplainant => UserId == Complainant.UserId;

    public bool IsDesk => UserId == Desk.UserId;

    /// <summary>Whether any of the person's roles holds <paramref name="capability"/> (<see cref="DeskCapabilities"/>).</summary>
    public bool Has(DeskCapability capability) => DeskCapabilities.AnyHas(Roles, capability);

    /// <summary>ISO 10002 4.10: complainant personal data only for the roles that need it.</summary>
    public bool MaySeePersonalData => Has(DeskCapability.SeePersonalData);

    public bool Is(string? email) => email is not null && string.Equals(Email, email, StringComparison.OrdinalIgnoreCase);
}
