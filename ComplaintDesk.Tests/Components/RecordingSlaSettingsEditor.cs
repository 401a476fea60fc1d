using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Tests.Components;

/// <summary>Holds settings like the real store, records what the page saves, and refuses when told to.</summary>
public sealed class RecordingSlaSettingsEditor : ISlaSettingsEditor
{
    public CalendarOptions CalendarOptions { get; private set; } = new()
    {
        TimeZone = "Europe/Istanbul",
        WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        Start = new TimeOnly(9, 0),
        End = new TimeOnly(18, 0),
    };

    public SlaOptions SlaOptions { get; private set; } = new()
    {
        Policies = Enum.GetValues<Priority>().ToDictionary(p => p, _ => new SlaOptions.PolicyOptions
        {
            Acknowledge = TimeSpan.FromHours(9), Respond = TimeSpan.FromHours(45), Resolve = TimeSpan.FromHours(90),
        }),
    };

    public List<(CalendarOptions Calendar, SlaOptions Sla, Actor Actor)> Saved { get; } = [];

    public DeskException? Refusal { get; set; }

    public void Override(string category, Priority priority, double respondHours) =>
        SlaOptions.CategoryPolicies[category] = new()
        {
            [priority] = new SlaOptions.PolicyOptions
            {
                Acknowledge = TimeSpan.FromHours(2), Respond = TimeSpan.FromHours(respondHours), Resolve = TimeSpan.FromHours(20),
            },
        };

    public Task ChangeAsync(CalendarOptions calendar, SlaOptions sla, Actor actor, CancellationToken cancellationToken)
    {
        if (Refusal is not null)
        {
            throw Refusal;
        }

        Saved.Add((calendar, sla, actor));
        (CalendarOptions, SlaOptions) = (calendar, sla);
        return Task.CompletedTask;
    }
}
