using ComplaintDesk.Core.Reports;
using ComplaintDesk.Web.Auth;

namespace ComplaintDesk.Web.Api;

/// <summary><c>/api/v1/reports/monthly</c>: the stored monthly workbooks, building one now, and the audited export with personal data.</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this RouteGroupBuilder reports)
    {
        reports.MapGet("/monthly", ListAsync).WithName("monthly-reports");
        reports.MapGet("/monthly/{month}", DownloadAsync).WithName("monthly-report");
        reports.MapPost("/monthly/{month}", BuildAsync).WithName("build-monthly-report");
        reports.MapGet("/monthly/{month}/with-personal-data", ExportWithPersonalDataAsync).WithName("monthly-report-with-personal-data");
    }

    private static Task<IReadOnlyList<MonthlyReportSummary>> ListAsync(HttpContext http, IMonthlyReports reports) =>
        reports.ListAsync(http.User.ToActor(), http.RequestAborted);

    private static async Task<IResult> DownloadAsync(string month, HttpContext http, IMonthlyReports reports)
    {
        var file = await reports.OpenAsync(month, http.User.ToActor(), http.RequestAborted);
        return file is null
            ? TypedResults.Problem($"There is no workbook for {month} yet.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.File(file.Content, ReportFile.ContentType, file.FileName);
    }

    /// <summary>Builds the month's workbook now and answers once it is stored.</summary>
    private static async Task<IResult> BuildAsync(string month, HttpContext http, IMonthlyReports reports)
    {
        var run = await reports.BuildAsync(month, http.User.ToActor(), http.RequestAborted);
        return TypedResults.Created($"/api/v1/reports/monthly/{run.Month}", run);
    }

    private static async Task ExportWithPersonalDataAsync(string month, HttpContext http, IMonthlyReports reports)
    {
        var actor = http.User.ToActor();
        // Checked before the first byte, so a refusal is still a clean 403/400.
        await using var buffer = new MemoryStream();
        await reports.WriteWithPersonalDataAsync(month, actor, buffer, http.RequestAborted);
        http.Response.ContentType = ReportFile.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"complaints-{month}-with-personal-data.xlsx\"";
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
