using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Jobs;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>ISO 10002 7.9 through the real job: every hour, a decision left unanswered for 14 days closes its complaint.</summary>
public sealed class ClosingUnansweredDecisionsOnSchedule(LiveDesk desk) : IClassFixture<LiveDesk>
{
    [Fact]
    public async Task The_hourly_job_closes_a_complaint_whose_decision_had_no_reply_and_every_open_desk_hears_it()
    {
        using (var connection = desk.App.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            Assert.Equal(Cron.Hourly(), connection.GetRecurringJobs([NoReplyClosingJob.Id]).Single().Cron);
        }

        var handler = await DeskApi.SignInAsync(desk.App, "handler@demo.local");
        var reference = (await handler.ReceiveAsync())["reference"]!.GetValue<string>();
        await handler.MoveAsync(reference, "acknowledge", new { channel = "Email" });
        await handler.MoveAsync(reference, "assess", new { priority = "Medium", category = "Billing" });
        await handler.MoveAsync(reference, "investigate", new { });
        await handler.MoveAsync(reference, "propose-response", new { remedy = "Apology", text = "We apologise." });
        await handler.MoveAsync(reference, "communicate-decision", new { channel = "Email", text = "We apologised." });
        desk.App.Time.Advance(TimeSpan.FromDays(14));
        var supervisor = await DeskApi.SignInAsync(desk.App, "supervisor@demo.local");
        await using var supervisorHears = await desk.ListenAsync(supervisor, nameof(IDeskClient.ComplaintChanged));

        desk.App.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(NoReplyClosingJob.Id);

        var change = await supervisorHears.NextAsync(nameof(IDeskClient.ComplaintChanged), m => m.GetProperty("reference").GetString() == reference);
        Assert.Equal("Closed", change.GetProperty("status").GetString());
        var closed = await supervisor.GetAsync(reference);
        Assert.Equal(("Closed", "NoReply"), (closed["status"]!.GetValue<string>(), closed["outcome"]!.GetValue<string>()));
    }
}
