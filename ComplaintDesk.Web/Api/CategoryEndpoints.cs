using System.Security.Claims;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// <c>/api/v1/categories</c>: everyone signed in reads them; administrators add, rename, retire, bring
/// back and give them to teams. A name another category has (whatever its case) answers 409.
/// </summary>
public static class CategoryEndpoints
{
    public static void MapCategoryEndpoints(this RouteGroupBuilder categories)
    {
        categories.MapGet("/", ListAsync).WithName("categories").WithSummary("Every category, retired ones too.").OpenToIntakeKeys();
        categories.MapPost("/", CreateAsync).WithName("create-category").WithSummary("Adds a category (administrators).")
            .AdministrationProblems().ReadsJson();
        categories.MapPut("/{name}", RenameAsync).WithName("rename-category")
            .WithSummary("Renames a category; its complaints and SLA overrides keep it (administrators).").AdministrationProblems().ReadsJson();
        categories.MapPost("/{name}/retire", RetireAsync).WithName("retire-category")
            .WithSummary("Retires a category: no longer offered or accepted (administrators).").AdministrationProblems();
        categories.MapPost("/{name}/activate", ActivateAsync).WithName("activate-category")
            .WithSummary("Brings a retired category back (administrators).").AdministrationProblems();
        categories.MapPut("/{name}/team", GiveToTeamAsync).WithName("category-team")
            .WithSummary("Chooses the team a category's new complaints land with (administrators).").AdministrationProblems().ReadsJson();
    }

    private static async Task<Ok<IReadOnlyList<CategoryResponse>>> ListAsync(ICategoryDesk desk, CancellationToken cancellationToken)
    {
        var categories = await desk.ListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CategoryResponse>>([.. categories.Select(ToResponse)]);
    }

    private static async Task<Created<CategoryResponse>> CreateAsync(
        NameRequest request, ClaimsPrincipal user, ICategoryDesk desk, CancellationToken cancellationToken)
    {
        var created = await desk.CreateAsync(request.Name, user.ToActor(), cancellationToken);
        return TypedResults.Created($"/api/v1/categories/{Uri.EscapeDataString(created.Name)}", ToResponse(created));
    }

    private static async Task<Ok<CategoryResponse>> RenameAsync(
        string name, NameRequest request, ClaimsPrincipal user, ICategoryDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await desk.RenameAsync(Decoded(name), request.Name, user.ToActor(), cancellationToken)));

    private static async Task<Ok<CategoryResponse>> RetireAsync(string name, ClaimsPrincipal user, ICategoryDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await desk.RetireAsync(Decoded(name), user.ToActor(), cancellationToken)));

    private static async Task<Ok<CategoryResponse>> ActivateAsync(string name, ClaimsPrincipal user, ICategoryDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToResponse(await desk.ActivateAsync(Decoded(name), user.ToActor(), cancellationToken)));

    private static async Task<Ok<CategoryView>> GiveToTeamAsync(
        string name, CategoryTeamRequest request, ClaimsPrincipal user, ICategoryDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.GiveToTeamAsync(Decoded(name), request.TeamId, user.ToActor(), cancellationToken));

    // The server decodes every escape in a path but %2F, so a name with a slash would arrive half-decoded.
    private static string Decoded(string name) => name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static CategoryResponse ToResponse(CategoryView category) => new(category.Name, category.Active);
}
