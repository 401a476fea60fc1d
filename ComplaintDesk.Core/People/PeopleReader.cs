using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.People;

/// <summary>No-tracking reads of accounts with their roles.</summary>
internal static class PeopleReader
{
    public static async Task<Page<PersonView>> ListAsync(DeskDbContext db, PeopleSearch search, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (search.Page is < 1)
        {
            errors.Add("page", DeskMessage.Of(FieldKeys.PagesFromOne));
        }

        if (search.PageSize is < 1 or > PeopleSearch.MaxPageSize)
        {
            errors.Add("pageSize", DeskMessage.Of(FieldKeys.PageOfPeople, PeopleSearch.MaxPageSize));
        }

        errors.ThrowIfAny();
        var (page, size) = (search.Page ?? 1, search.PageSize ?? PeopleSearch.DefaultPageSize);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Q))
        {
            query = query.WhereAnyContains(search.Q.Trim(), u => u.NormalizedEmail, u => u.DisplayName);
        }

        var total = await query.CountAsync(cancellationToken);
        // Counted in 64 bits: a page far past the end is an empty page, never an overflow back to the start.
        var skip = (int)Math.Min((page - 1L) * size, int.MaxValue);
        var users = await query.OrderByName(db, u => u.DisplayName).ThenBy(u => u.NormalizedEmail)
            .Skip(skip).Take(size).ToListAsync(cancellationToken);
        return new Page<PersonView>(await ViewsAsync(db, users, cancellationToken), total);
    }

    public static async Task<PersonView> ViewAsync(DeskDbContext db, DeskUser user, CancellationToken cancellationToken) =>
        (await ViewsAsync(db, [user], cancellationToken))[0];

    private static async Task<IReadOnlyList<PersonView>> ViewsAsync(DeskDbContext db, IReadOnlyList<DeskUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking().Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return users.Select(u => new PersonView(
                u.Id,
                u.Email ?? "",
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id)
                    .Select(r => Enum.TryParse<DeskRole>(r.Name, out var role) ? role : (DeskRole?)null)
                    .OfType<DeskRole>().Order().ToList(),
                u.IsActive,
                u.MustChangePassword))
            .ToList();
    }
}
