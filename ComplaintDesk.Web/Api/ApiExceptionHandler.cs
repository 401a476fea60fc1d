using System.Text.Json;
using ComplaintDesk.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintDesk.Web.Api;

/// <summary>Turns Core's refusals and unreadable requests into ProblemDetails with the right status.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary()) { Title = invalid.Message },
            NotPermittedException => Problem(StatusCodes.Status403Forbidden, "Not allowed", exception.Message),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
            StaleVersionException => Problem(StatusCodes.Status409Conflict, "Changed by someone else", exception.Message),
            MoveRefusedException => Problem(StatusCodes.Status409Conflict, "Not possible now", exception.Message),
            BadHttpRequestException bad => Unreadable(bad),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status ??= StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = problem.Status.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = ["This value is not in a form the desk can read."] })
            {
                Title = "Some details are missing or not valid.",
            };
        }

        return Problem(bad.StatusCode, "Bad request", bad.StatusCode == StatusCodes.Status400BadRequest ? bad.Message : "The request could not be read.");
    }
}
