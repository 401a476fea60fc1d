using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.People;

/// <summary>One change to accounts: Identity's steps and the audit event land together or not at all.</summary>
internal sealed class PeopleChange : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly IDbContextTransaction _transaction;
    private readonly TimeProvider _time;
    private readonly Actor _actor;

    private PeopleChange(AsyncServiceScope scope, IDbContextTransaction transaction, TimeProvider time, Actor actor)
    {
        _scope = scope;
        _transaction = transaction;
        _time = time;
        _actor = actor;
        Db = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
        Users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
    }

    public DeskDbContext Db { get; }

    public UserManager<DeskUser> Users { get; }

    public static async Task<PeopleChange> BeginAsync(IServiceScopeFactory scopes, TimeProvider time, Actor actor, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var transaction = await scope.ServiceProvider.GetRequiredService<DeskDbContext>().Database.BeginTransactionAsync(cancellationToken);
        return new PeopleChange(scope, transaction, time, actor);
    }

    public async Task<DeskUser> FindAsync(string id) => await Users.FindByIdAsync(id) ?? throw new NotFoundException(DeskMessage.Of(DeskKeys.NoSuchPerson));

    /// <summary>The desk always keeps one active administrator, or nobody could manage it.</summary>
    public async Task EnsureAnotherAdministratorAsync(DeskUser user, string what)
    {
        var administrators = new List<DeskUser>();
        foreach (var role in DeskCapabilities.RolesWith(DeskCapability.AdministerPeople))
        {
            administrators.AddRange(await Users.GetUsersInRoleAsync(role.ToString()));
        }

        if (user.IsActive && administrators.Any(a => a.Id == user.Id) && !administrators.Any(a => a.Id != user.Id && a.IsActive))
        {
            throw new MoveRefusedException(
                DeskMessage.Of(what, user.DisplayName));
        }
    }

    public void Record(DeskMessage what) =>
        Db.AuditEvents.Add(new AuditEvent(_time.GetUtcNow(), _actor.Email, AuditAreas.People, what, null));

    public async Task CommitAsync()
    {
        await Db.SaveChangesAsync();
        await _transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
