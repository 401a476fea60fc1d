using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Privacy;

namespace ComplaintDesk.Tests.Components;

/// <summary>Remembers every complaint a screen said it showed, and to whom; Core's own rules are tested on a real database.</summary>
public sealed class RecordingPersonalDataLog : IPersonalDataLog
{
    private readonly List<(ComplaintDetails Shown, Actor Actor)> _shown = [];

    public IReadOnlyList<(ComplaintDetails Shown, Actor Actor)> Shown => _shown;

    public Task RecordShownAsync(ComplaintDetails shown, Actor actor, CancellationToken cancellationToken)
    {
        _shown.Add((shown, actor));
        return Task.CompletedTask;
    }

    public Task RecordExportAsync(string month, Actor actor, CancellationToken cancellationToken) => Task.CompletedTask;
}
