using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;

using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Escalations;

public class RemindingOfOpenAlerts : EscalationDesk
{
    public RemindingOfOpenAlerts()
    {
    }

    protected RemindingOfOpenAlerts(CoreDesk desk)
        : base(desk)
    {
    }

    private async Task<Alert> BreachAsync()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        return Assert.Single(await AlertsAsync());
    }

    [Fact]
    public async Task An_unacknowledged_alert_reminds_its_audience_every_thirty_minutes()
    {
        var breach = await BreachAsync();

        At(breach.RaisedAt + TimeSpan.FromMinutes(29));
        Assert.Equal(0, await Desk.Escalations.RemindAsync(CancellationToken.None));
        At(breach.RaisedAt + TimeSpan.FromMinutes(30));
        Assert.Equal(1, await Desk.Escalations.RemindAsync(CancellationToken.None));
        Assert.Equal(0, await Desk.Escalations.RemindAsync(CancellationToken.None));
        At(breach.RaisedAt + TimeSpan.FromMinutes(60));
        Assert.Equal(1, await Desk.Escalations.RemindAsync(CancellationToken.None));

        Assert.Equal([breach.Id, breach.Id], Desk.Notifier.Reminders.Select(r => r.Id));
    }

    [Fact]
    public async Task Reminders_stop_once_the_alert_is_acknowledged()
    {
        var breach = await BreachAsync();
        At(breach.RaisedAt + TimeSpan.FromMinutes(30));
        await Desk.Escalations.RemindAsync(CancellationToken.None);

        await Desk.AlertDesk.AcknowledgeAsync(breach.Id, Supervisor, CancellationToken.None);
        At(breach.RaisedAt + TimeSpan.FromHours(5));
        await Desk.Escalations.SweepAsync(CancellationToken.None);

        Assert.Single(Desk.Notifier.Reminders);
        Assert.Equal("supervisor@demo.local", Assert.Single(Desk.Notifier.Acknowledged).AcknowledgedBy);
    }

    [Fact]
    public async Task Reminders_stop_once_the_clock_the_alert_is_about_stops()
    {
        var breach = await BreachAsync();
        await ApplyAsync(breach.ComplaintReference, new AcknowledgeCommand(Channel.Email));

        At(breach.RaisedAt + TimeSpan.FromMinutes(30));

        Assert.Equal(0, await Desk.Escalations.RemindAsync(CancellationToken.None));
        Assert.Empty(Desk.Notifier.Reminders);
    }

    [Fact]
    public async Task An_alert_about_no_clock_reminds_while_the_complaint_is_open()
    {
        var reference = (await ReceiveAsync()).Reference;
        await ApplyAsync(reference, new EscalateCommand("The complainant threatens legal action."));
        await ApplyAsync(reference, new AcknowledgeCommand(Channel.Email));

        At(MondayOpening + TimeSpan.FromMinutes(30));

        Assert.Equal(1, await Desk.Escalations.RemindAsync(CancellationToken.None));
    }
}
