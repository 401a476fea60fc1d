namespace ComplaintDesk.Web.Api;

/// <summary>What an administration route answers besides success, for the API document.</summary>
public static class AdministrationProblemsExtensions
{
    public static RouteHandlerBuilder AdministrationProblems(this RouteHandlerBuilder route) => route
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
