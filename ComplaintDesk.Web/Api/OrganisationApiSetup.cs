namespace ComplaintDesk.Web.Api;

public static class OrganisationApiSetup
{
    /// <summary>The routes for how the desk is organised: its categories and teams.</summary>
    public static void MapOrganisationEndpoints(this RouteGroupBuilder v1)
    {
        v1.MapGroup("/categories").RequireAuthorization().WithTags("Categories").ProducesProblem(StatusCodes.Status401Unauthorized).MapCategoryEndpoints();
        v1.MapGroup("/teams").RequireAuthorization().WithTags("Teams").ProducesProblem(StatusCodes.Status401Unauthorized).MapTeamEndpoints();
    }
}
