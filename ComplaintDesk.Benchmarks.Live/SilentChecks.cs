using System.Globalization;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// Check jobs scheduled for an alert's instant that ran, raised nothing, and ended with that alert still
/// not raised. When one ends within milliseconds of its instant, it read the clock just before the instant.
/// </summary>
internal static class SilentChecks
{
    private static readonly TimeSpan _sameInstant = TimeSpan.FromMilliseconds(5);

    public static List<(AlertPath Path, SlaCheckTrace Job)> Find(
        IEnumerable<AlertPath> paths, IReadOnlyCollection<SlaCheckTrace> jobs, IReadOnlyList<AlertSend> sends, IReadOnlyDictionary<string, long> ids) =>
        paths.SelectMany(path => jobs
            .Where(job => ids.TryGetValue(path.Reference, out var id) && job.ComplaintId == id &&
                          job is { ScheduledFor: { } at, Started: { } started, Finished: { } finished } &&
                          (at - path.Due).Duration() < _sameInstant &&
                          (path.Send is null || path.Send.RaisedAt > finished) &&
                          !sends.Any(s => s.Reference == path.Reference && s.RaisedAt >= started && s.RaisedAt <= finished))
            .Select(job => (path, job)))
            .ToList();

    public static string Describe(List<(AlertPath Path, SlaCheckTrace Job)> silent)
    {
        if (silent.Count == 0)
        {
            return "check jobs that ran at an alert's instant and raised nothing: none";
        }

        var ended = Distribution.Of(silent.Select(s => s.Job.Finished!.Value - s.Path.Due));
        return string.Create(CultureInfo.InvariantCulture,
            $"check jobs that ran at an alert's instant and raised nothing: {silent.Count}; they ended {ended.Min:0.0} to {ended.Max:0.0} ms " +
            $"after the instant (p50 {ended.P50:0.0}), having waited for it: their clock reading came just before it");
    }
}
