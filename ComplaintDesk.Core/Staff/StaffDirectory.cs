using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Staff;

/// <summary>Finds active desk users and their roles in the Identity tables; a deactivated person is not found.</summary>
public static class StaffDirectory
{
    public static async Task<StaffMember?> FindByEmailAsync(this DeskDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized && u.DeactivatedAt == null)
            .Select(u => new { u.Id, u.Email, u.DisplayName })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roleNames = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .ToListAsync(cancellationToken);
        var roles = roleNames.Select(n => Enum.TryParse<DeskRole>(n, out var role) ? role : (DeskRole?)null)
            .OfType<DeskRole>()
            .ToHashSet();
        return new StaffMember(user.Id, user.Email!.ToLowerInvariant(), user.DisplayName, roles);
    }
}
