using ComplaintDesk.Core.Teams;

namespace ComplaintDesk.Tests.Components;

/// <summary>The signed-in person's teams, as the test sets them; none by default, as on a desk without teams.</summary>
public sealed class FixedTeamMembership : ITeamMembership
{
    public IReadOnlyList<int> TeamIds { get; set; } = [];

    public Task<IReadOnlyList<int>> TeamIdsOfAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(TeamIds);
}
