using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Core.Sla;

/// <summary>What the administrators' settings page reads and changes; see <see cref="StoredSlaSettings"/>.</summary>
public interface ISlaSettingsEditor
{
    CalendarOptions CalendarOptions { get; }

    SlaOptions SlaOptions { get; }

    Task ChangeAsync(CalendarOptions calendar, SlaOptions sla, Actor actor, CancellationToken cancellationToken);
}
