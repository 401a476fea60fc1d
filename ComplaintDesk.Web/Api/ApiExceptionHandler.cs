using System.Text.Json;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Turns Core's refusals and unreadable requests into ProblemDetails with the right status, in the desk's own
/// words: no framework message, type name or stack trace ever reaches an API caller.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string Unreadable = "This value is not in a form the desk can read.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary()) { Title = invalid.Message },
            NotPermittedException => Problem(StatusCodes.Status403Forbidden, "Not allowed", exception.Message),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
            StaleVersionException => Problem(StatusCodes.Status409Conflict, "Changed by someone else", exception.Message),
            MoveRefusedException => Problem(StatusCodes.Status409Conflict, "Not possible now", exception.Message),
            BadHttpRequestException bad => FromBadRequest(bad),
            _ when IsForMachines(httpContext.Request) => Problem(StatusCodes.Status500InternalServerError, "Something went wrong", null),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status ??= StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = problem.Status.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private static bool IsForMachines(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments(HubSetup.Path);

    private static ProblemDetails Problem(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(bad.StatusCode, "Unsupported media type", "Send the body as JSON, with Content-Type: application/json.");
        }

        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(bad.StatusCode, "Bad request", "The request could not be read.");
        }

        var field = bad.InnerException is JsonException json
            ? (string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.'))
            : ParameterOf(bad.Message) ?? "body";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [field == "body" ? "Send a JSON body the desk can read." : Unreadable] })
        {
            Title = "Some details are missing or not valid.",
        };
    }

    // The framework names the parameter it could not bind, e.g. 'Failed to bind parameter "int? Page" from "x"'.
    private static string? ParameterOf(string message) =>
        ParameterName().Match(message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;

    [GeneratedRegex("parameter \"[^\"]*?(?<name>\\w+)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
