namespace ComplaintDesk.Core.Common;

/// <summary>The signed-in person making a request, as Core sees them.</summary>
public sealed record Actor(string UserId, string Email, IReadOnlySet<DeskRole> Roles)
{
    /// <summary>The desk itself, for what its clocks do (SLA alerts); it has no role and works nothing.</summary>
    public static Actor Desk { get; } = new("desk", "ComplaintDesk", new HashSet<DeskRole>());

    public bool IsSupervisor => Roles.Contains(DeskRole.Supervisor);

    public bool IsHandler => Roles.Contains(DeskRole.Handler);

    /// <summary>Handlers and supervisors work complaints; quality managers and administrators only read them.</summary>
    public bool WorksComplaints => IsHandler || IsSupervisor;

    /// <summary>ISO 10002 4.10: complainant personal data only for the roles that need it.</summary>
    public bool MaySeePersonalData => IsHandler || IsSupervisor;

    /// <summary>ISO 10002 4.10: erasing a complainant's personal data is an administrator's act.</summary>
    public bool MayAnonymise => Roles.Contains(DeskRole.Administrator);

    public bool Is(string? email) => email is not null && string.Equals(Email, email, StringComparison.OrdinalIgnoreCase);
}
