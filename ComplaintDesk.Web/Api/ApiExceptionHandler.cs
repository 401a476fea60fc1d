using System.Text.Json;
using System.Text.RegularExpressions;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary>
/// Turns Core's refusals and unreadable requests into ProblemDetails with the right status, in the desk's own
/// words and the request's language: no framework message, type name or stack trace ever reaches an API caller.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<DeskText> text) : IExceptionHandler
{

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InvalidInputException invalid => new ValidationProblemDetails(text.Word(invalid.Errors)) { Title = text.Word(invalid.Text) },
            NotPermittedException refused => Problem(StatusCodes.Status403Forbidden, text["Problem.NotAllowed"], text.Word(refused.Text)),
            NotFoundException missing => Problem(StatusCodes.Status404NotFound, text["Problem.NotFound"], text.Word(missing.Text)),
            StaleVersionException stale => Problem(StatusCodes.Status409Conflict, text["Problem.Changed"], text.Word(stale.Text)),
            MoveRefusedException refused => Problem(StatusCodes.Status409Conflict, text["Problem.NotPossibleNow"], text.Word(refused.Text)),
            BadHttpRequestException bad => FromBadRequest(bad),
            _ when IsForMachines(httpContext.Request) => Problem(StatusCodes.Status500InternalServerError, text["Problem.SomethingWentWrong"], null),
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

    private ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problem(bad.StatusCode, text["Problem.UnsupportedMediaType"], text["Problem.SendJson"]);
        }

        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return Problem(bad.StatusCode, text["Problem.BadRequest"], text["Problem.Unreadable"]);
        }

        var field = bad.InnerException is JsonException json
            ? (string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.'))
            : ParameterOf(bad.Message) ?? "body";
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [text[field == "body" ? "Problem.SendReadableBody" : "Problem.UnreadableValue"]] })
        {
            Title = text["Problem.InvalidDetails"],
        };
    }

    // The framework names the parameter it could not bind, e.g. 'Failed to bind parameter "int? Page" from "x"'.
    private static string? ParameterOf(string message) =>
        ParameterName().Match(message) is { Success: true } match ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;

    [GeneratedRegex("parameter \"[^\"]*?(?<name>\\w+)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();
}
