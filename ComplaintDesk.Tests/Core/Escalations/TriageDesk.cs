using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Escalations;

/// <summary>An escalation desk with the triage, and quick ways to raise the alerts it groups.</summary>
public abstract class TriageDesk : EscalationDesk
{
    protected TriageDesk()
    {
    }

    protected TriageDesk(CoreDesk desk)
        : base(desk)
    {
    }

    protected IAlertTriage Triage => Desk.Services.GetRequiredService<IAlertTriage>();

    /// <summary>A complaint a handler escalated by hand <paramref name="times"/> times (level 1 for supervisors, then 2 and 3).</summary>
    protected async Task<string> EscalatedAsync(int times = 1)
    {
        var reference = (await ReceiveAsync()).Reference;
        for (var level = 1; level <= times; level++)
        {
            await ApplyAsync(reference, new EscalateCommand($"Escalation {level}."), level == 1 ? null : Supervisor);
        }

        return reference;
    }

    /// <summary>A complaint whose acknowledge clock has just breached (a level-1 breach for supervisors).</summary>
    protected async Task<string> BreachedAsync()
    {
        var complaint = await ReceiveAsync();
        At(Clock(complaint, ClockKind.Acknowledge).Deadline);
        await Desk.Escalations.SweepAsync(CancellationToken.None);
        return complaint.Reference;
    }

    protected void Later(TimeSpan by) => Desk.Time.Advance(by);

    protected Task<AlertGroupPage> GroupsAsync(AlertTriageFilter? filter = null, Actor? actor = null) =>
        Triage.ListGroupsAsync(filter ?? new AlertTriageFilter(), actor ?? Supervisor, CancellationToken.None);

    protected async Task<long[]> AlertIdsOfAsync(string reference) =>
        [.. (await AlertsAsync()).Where(a => a.ComplaintReference == reference).Select(a => a.Id)];
}
