namespace ComplaintDesk.Core.Teams;

/// <summary>A team with its people and the categories whose complaints land with it.</summary>
public sealed record TeamView(int Id, string Name, bool Active, IReadOnlyList<TeamPerson> Members, IReadOnlyList<string> Categories);
