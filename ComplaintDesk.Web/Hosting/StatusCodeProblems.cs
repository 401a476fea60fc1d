using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Hosting;

/// <summary>
/// An empty error answer to an API or hub caller, as ASP.NET's status code pages write it (ProblemDetails, else plain
/// text), titled in the caller's language: <c>Problem.Status.{code}</c>, whose English is ASP.NET's own title.
/// </summary>
internal static class StatusCodeProblems
{
    private static readonly Func<StatusCodeContext, Task> _plainText = new StatusCodePagesOptions().HandleAsync;

    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var title = http.RequestServices.GetRequiredService<IStringLocalizer<DeskText>>()[$"Problem.Status.{status}"];
        var problem = new ProblemDetails { Status = status, Title = title.ResourceNotFound ? null : title.Value };
        if (!await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem }))
        {
            await _plainText(context);
        }
    }
}
