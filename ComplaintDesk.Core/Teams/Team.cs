namespace ComplaintDesk.Core.Teams;

/// <summary>
/// A group of people who share a queue (a department, a shift): the complaints of the categories it
/// is given land with it, and its supervisors hear their alerts. A person may be in several teams.
/// </summary>
public sealed class Team
{
    private readonly List<TeamMember> _members = [];

    private Team()
    {
    }

    public Team(string name)
    {
        Name = name;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<TeamMember> Members => _members;

    /// <summary>When an administrator retired it; a retired team keeps its people and its past complaints but is given no category.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool Active => RetiredAt is null;

    internal void Rename(string name) => Name = name;

    internal void Retire(DateTimeOffset at) => RetiredAt = at;

    internal void Activate() => RetiredAt = null;

    /// <summary>Makes the members exactly <paramref name="userIds"/>, keeping those who stay.</summary>
    internal void SetMembers(IReadOnlyCollection<string> userIds)
    {
        _members.RemoveAll(m => !userIds.Contains(m.UserId));
        _members.AddRange(userIds.Where(id => _members.All(m => m.UserId != id)).Select(id => new TeamMember(id)));
    }
}
