using System.Text.Json;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Web.RealTime;

namespace ComplaintDesk.Tests.Components;

/// <summary>The circuit reads a finished report run as the hub writes it (camelCase, a duration as text) and hands it on.</summary>
public sealed class ReadingReportHubMessages
{
    private const string Message = """
        {"id":4,"month":"2026-02","requestedBy":"quality@demo.local","startedAt":"2026-03-02T06:30:00+00:00",
         "finishedAt":"2026-03-02T06:30:01.5+00:00","succeeded":false,"building":false,"duration":"00:00:01.5000000",
         "bytes":0,"complaints":0,"failure":"Failed: IOException."}
        """;

    [Fact]
    public async Task A_report_run_reaches_its_event()
    {
        var events = new DeskEvents();
        var heard = new List<MonthlyReportView>();
        events.ReportBuilt += run =>
        {
            heard.Add(run);
            return Task.CompletedTask;
        };
        using var message = JsonDocument.Parse(Message);

        await events.OnReportBuilt(message.RootElement);

        var started = new DateTimeOffset(2026, 3, 2, 6, 30, 0, TimeSpan.Zero);
        Assert.Equal(
            new MonthlyReportView(4, "2026-02", "quality@demo.local", started, started.AddSeconds(1.5), false, false, TimeSpan.FromSeconds(1.5), 0, 0, "Failed: IOException."),
            Assert.Single(heard));
    }
}
