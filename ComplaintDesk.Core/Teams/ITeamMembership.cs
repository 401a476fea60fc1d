namespace ComplaintDesk.Core.Teams;

/// <summary>Which teams a person is in, for their queue and the alerts they hear.</summary>
public interface ITeamMembership
{
    /// <summary>The ids of the person's teams; none means they work for the whole desk.</summary>
    Task<IReadOnlyList<int>> TeamIdsOfAsync(string userId, CancellationToken cancellationToken);
}
