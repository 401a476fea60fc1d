namespace ComplaintDesk.Core.Teams;

/// <summary>One person's place in one team.</summary>
public sealed class TeamMember
{
    private TeamMember()
    {
    }

    internal TeamMember(string userId)
    {
        UserId = userId;
    }

    public int TeamId { get; private set; }

    public string UserId { get; private set; } = "";
}
