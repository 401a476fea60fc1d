using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Teams;

/// <summary>Administrators make teams and put people in them.</summary>
public interface ITeamDesk
{
    /// <summary>Every team by name, with its members and categories.</summary>
    Task<IReadOnlyList<TeamView>> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>The people who can be put in a team: every active account.</summary>
    Task<IReadOnlyList<TeamPerson>> PeopleAsync(Actor actor, CancellationToken cancellationToken);

    Task<TeamView> CreateAsync(string? name, Actor actor, CancellationToken cancellationToken);

    Task<TeamView> RenameAsync(int id, string? name, Actor actor, CancellationToken cancellationToken);

    /// <summary>Refused while the team still has categories: they go to another team or the whole desk first.</summary>
    Task<TeamView> RetireAsync(int id, Actor actor, CancellationToken cancellationToken);

    Task<TeamView> ActivateAsync(int id, Actor actor, CancellationToken cancellationToken);

    /// <summary>Makes the team's members exactly <paramref name="userIds"/>.</summary>
    Task<TeamView> SetMembersAsync(int id, IReadOnlyCollection<string>? userIds, Actor actor, CancellationToken cancellationToken);
}
