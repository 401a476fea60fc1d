using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;

namespace ComplaintDesk.Core.People;

/// <summary>Administrators manage who works on the desk; everyone may change their own password.</summary>
public interface IPeopleDesk
{
    Task<Page<PersonView>> ListAsync(PeopleSearch search, Actor actor, CancellationToken cancellationToken);

    Task<PersonView> GetAsync(string id, Actor actor, CancellationToken cancellationToken);

    Task<PersonView> CreateAsync(NewPerson person, Actor actor, CancellationToken cancellationToken);

    Task<PersonView> ChangeRolesAsync(string id, IReadOnlyList<string>? roles, Actor actor, CancellationToken cancellationToken);

    Task<PersonView> DeactivateAsync(string id, Actor actor, CancellationToken cancellationToken);

    Task<PersonView> ActivateAsync(string id, Actor actor, CancellationToken cancellationToken);

    Task ResetPasswordAsync(string id, string? password, Actor actor, CancellationToken cancellationToken);

    Task ChangeOwnPasswordAsync(string? currentPassword, string? newPassword, Actor actor, CancellationToken cancellationToken);

    /// <summary>True once anyone can sign in; a fresh production desk has nobody.</summary>
    Task<bool> AnyoneAsync(CancellationToken cancellationToken);
}
