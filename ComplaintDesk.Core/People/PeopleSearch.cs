namespace ComplaintDesk.Core.People;

/// <summary>A page of the people list: <see cref="Q"/> matches e-mail or display name.</summary>
public sealed record PeopleSearch(string? Q = null, int? Page = null, int? PageSize = null)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}
