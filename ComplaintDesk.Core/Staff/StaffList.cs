using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>Active handlers and supervisors, by name: those who work complaints.</summary>
public sealed class StaffList(IDbContextFactory<DeskDbContext> dbFactory) : IStaffList
{
    private static readonly string[] _workerRoles = [.. DeskCapabilities.RolesWith(DeskCapability.WorkComplaints).Select(role => role.ToString())];

    public async Task<IReadOnlyList<StaffMember>> WorkersAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
            .Where(x => _workerRoles.Contains(x.Role))
            .Join(db.Users.Where(u => u.DeactivatedAt == null), x => x.UserId, u => u.Id, (x, u) => new { u.Id, u.Email, u.DisplayName, x.Role })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id)
            .Select(g => new StaffMember(
                g.Key, g.First().Email!.ToLowerInvariant(), g.First().DisplayName,
                g.Select(r => Enum.Parse<DeskRole>(r.Role!)).ToHashSet()))
            .OrderBy(s => s.DisplayName, StringComparer.CurrentCulture)
            .ToList();
    }
}
