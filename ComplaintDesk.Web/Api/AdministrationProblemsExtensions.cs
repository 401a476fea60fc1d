namespace ComplaintDesk.Web.Api;

/// <summary>What an administration route answers besides success, for the API document (401 is declared on its group).</summary>
public static class AdministrationProblemsExtensions
{
    public static RouteHandlerBuilder AdministrationProblems(this RouteHandlerBuilder route) => route
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>A route that reads a JSON body also answers 415 to any other content type.</summary>
    public static RouteHandlerBuilder ReadsJson(this RouteHandlerBuilder route) =>
        route.ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
