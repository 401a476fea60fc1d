using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/reports/monthly</c>: the stored monthly workbooks, building one now, and the audited export with personal data.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder reports)
    {
        reports.MapGet("/monthly", ListAsync).WithName("monthly-reports")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        reports.MapGet("/monthly/{month}", DownloadAsync).WithName("monthly-report")
            .ProducesWorkbook()
            .ProducesProblem(StatusCodes.Status404NotFound);
        reports.MapPost("/monthly/{month}", BuildAsync).WithName("build-monthly-report")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        reports.MapGet("/monthly/{month}/with-personal-data", ExportWithPersonalDataAsync).WithName("monthly-report-with-personal-data")
            .ProducesWorkbook();
    }

    // A workbook is an .xlsx file; a month is checked by Core (400) and the reports are for some roles only (403).
    private static RouteHandlerBuilder ProducesWorkbook(this RouteHandlerBuilder route) => route
        .Produces<Stream>(StatusCodes.Status200OK, ReportFile.ContentType)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<IReadOnlyList<MonthlyReportSummary>>> ListAsync(HttpContext http, IMonthlyReports reports) =>
        TypedResults.Ok(await reports.ListAsync(http.User.ToActor(), http.RequestAborted));

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        string month, HttpContext http, IMonthlyReports reports, IStringLocalizer<DeskText> text)
    {
        var file = await reports.OpenAsync(month, http.User.ToActor(), http.RequestAborted);
        return file is null
            ? TypedResults.Problem(text["Reports.NoWorkbookYet", month], statusCode: StatusCodes.Status404NotFound, title: text["Problem.NotFound"])
            : TypedResults.File(file.Content, ReportFile.ContentType, file.FileName);
    }

    /// <summary>Builds the month's workbook now and answers once it is stored.</summary>
    private static async Task<Created<MonthlyReportView>> BuildAsync(string month, HttpContext http, IMonthlyReports reports)
    {
        var run = await reports.BuildAsync(month, http.User.ToActor(), http.RequestAborted);
        return TypedResults.Created($"/api/v1/reports/monthly/{run.Month}", run);
    }

    private static async Task<FileStreamHttpResult> ExportWithPersonalDataAsync(string month, HttpContext http, IMonthlyReports reports)
    {
        // Built in full before the first byte, so a refusal is still a clean 403/400; the result disposes the buffer.
        var buffer = new MemoryStream();
        await reports.WriteWithPersonalDataAsync(month, http.User.ToActor(), buffer, http.RequestAborted);
        buffer.Position = 0;
        return TypedResults.File(buffer, ReportFile.ContentType, $"complaints-{month}-with-personal-data.xlsx");
    }
}
