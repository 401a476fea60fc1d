using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.RealTime;

namespace ComplaintDesk.Web.Features.Queue;

/// <summary>How the queue follows changes it hears: patch a row on screen, read the page again, or do nothing.</summary>
public sealed partial class QueuePage
{
    protected override bool Wants(ComplaintChange change) =>
        _match is not { } match || _rows.Any(r => r.Reference == change.Reference) || match.MayConcern(change);

    protected override async Task RefreshAsync(LiveBatch batch)
    {
        if (batch.Reconnected || !await PatchAsync(batch.Complaints))
        {
            await LoadAsync();
        }
    }

    /// <summary>Patches the rows on screen the changes touched; false when the page has to be read again.</summary>
    private async Task<bool> PatchAsync(IReadOnlyList<ComplaintChange> changes)
    {
        var shown = _rows;
        if (_match is not { } match)
        {
            return false;
        }

        var rows = shown.ToArray();
        foreach (var change in changes)
        {
            var index = Array.FindIndex(rows, r => r.Reference == change.Reference);
            if (index < 0)
            {
                if (match.MayConcern(change))
                {
                    return false;
                }

                continue;
            }

            if (rows[index].Version >= change.Version)
            {
                continue;
            }

            var row = await Changed.ReadAsync(change, _actor!, CancellationToken.None);
            if (row is null || !match.Keeps(rows[index], row, change.LastMove))
            {
                return false;
            }

            rows[index] = row;
        }

        // A page read while the rows were read again is newer than this patch.
        if (ReferenceEquals(shown, _rows))
        {
            _rows = rows;
            ShowPatched(rows);
        }

        return true;
    }

    // Ticked rows are also the bulk actions' rows, which must carry the patch too: then the whole page renders.
    private void ShowPatched(ComplaintSummary[] rows)
    {
        if (_body is null || _selected.Count > 0)
        {
            return;
        }

        _onlyRowsChanged = true;
        _body.Show(rows);
    }

    protected override bool ShouldRender()
    {
        var render = !_onlyRowsChanged;
        _onlyRowsChanged = false;
        return render;
    }
}
