using ComplaintDesk.Core.Persistence;

namespace ComplaintDesk.Core.Sla;

/// <summary>Overrides are kept by category name, so a renamed category takes them to its new name.</summary>
public sealed partial class StoredSlaSettings
{
    /// <summary>
    /// Moves <paramref name="from"/>'s overrides to <paramref name="to"/> in the caller's unit of work and
    /// returns what puts them in force once it commits (null when the category had none).
    /// </summary>
    internal async Task<Action?> RenameCategoryAsync(DeskDbContext db, string from, string to, CancellationToken cancellationToken)
    {
        var record = await SlaSettingsStore.SingleAsync(db, cancellationToken);
        var sla = SlaSettingsStore.ReadSla(record);
        if (!sla.CategoryPolicies.Remove(from, out var overrides))
        {
            return null;
        }

        sla.CategoryPolicies[to] = overrides;
        SlaSettingsStore.WriteSla(record, sla);
        var next = Snapshot(SlaSettingsStore.ReadCalendar(record), sla);
        return () => PutInForce(next);
    }
}
