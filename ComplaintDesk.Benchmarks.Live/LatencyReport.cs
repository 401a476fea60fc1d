using System.Globalization;
using System.Text;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The latency run's table, its breakdown by stage, and what limited it.</summary>
internal sealed class LatencyReport(
    IReadOnlyList<RegisteredComplaint> complaints,
    IReadOnlyList<HeardAlert> heard,
    IReadOnlyList<AlertSend> sends,
    IReadOnlyCollection<SlaCheckTrace> jobs,
    IReadOnlyDictionary<string, long> ids)
{
    private static readonly TimeSpan _target = TimeSpan.FromSeconds(1);

    public string Format(RunOptions options, double cpuBusy, ProcessLoad load, string hubState)
    {
        var breaches = AlertPath.Follow(AlertTrigger.Breach, c => c.Deadline, complaints, heard, sends, jobs, ids);
        var warnings = AlertPath.Follow(AlertTrigger.Warning, c => c.WarningAt, complaints, heard, sends, jobs, ids);
        var silent = SilentChecks.Find(breaches.Concat(warnings), jobs, sends, ids);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
                $"latency: {complaints.Count} Critical complaints {options.Every.TotalMilliseconds:0} ms apart, acknowledge target {options.Target.TotalSeconds:0} s, 1 supervisor client{OnNodes(options.Nodes)}")
            .AppendLine()
            .AppendLine(ResultTable.Format("Clock instant -> AlertRaised handled by the hub client", [
                new ResultRow("Breach: deadline -> client", Distribution.Of(Latencies(breaches)), _target),
                new ResultRow("Warning: warning instant -> client", Distribution.Of(Latencies(warnings)), _target),
            ]))
            .AppendLine(ResultTable.Format("Breach, stage by stage (alerts a check job raised)", Stages(breaches)))
            .AppendLine(ResultTable.Format("Warning, stage by stage (alerts a check job raised)", Stages(warnings)));

        Note(text, "Breach", breaches, silent);
        Note(text, "Warning", warnings, silent);
        var workers = WorkerLoad.Of(jobs);
        text.AppendLine(SilentChecks.Describe(silent))
            .AppendLine(CultureInfo.InvariantCulture,
                $"check jobs: {workers.Run} run, at most {workers.MostAtOnce} at once (the app runs {WorkerLoad.Workers} workers per node); {workers.Describe()}")
            .AppendLine(CultureInfo.InvariantCulture, $"check jobs per node: {string.Join(" / ", jobs.Select(j => j.Server).OfType<string>().CountBy(server => server).Select(s => s.Value))}")
            .AppendLine(CultureInfo.InvariantCulture, $"process during the run: {cpuBusy:P0} of all cores busy; after: {load}; hub client {hubState}")
            .AppendLine(CultureInfo.InvariantCulture, $"per-alert detail: {LatencyCsv.Write(breaches.Concat(warnings))}");
        return text.ToString();
    }

    private static string OnNodes(int nodes) => nodes == 1
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" on node {nodes} of {nodes}; complaints registered through node 1; PostgreSQL and Redis shared");

    private static IEnumerable<TimeSpan> Latencies(List<AlertPath> paths) =>
        paths.Where(p => p.Latency is not null).Select(p => p.Latency!.Value);

    private static List<ResultRow> Stages(List<AlertPath> paths) =>
    [
        Stage("scheduler queued the job, vs instant (<0 early)", paths, p => p.Job?.Enqueued - p.Due),
        Stage("queued -> worker started", paths, p => p.Job?.Started - p.Job?.Enqueued),
        Stage("worker started -> alert raised (waits for instant)", paths, p => p.Send?.RaisedAt - p.Job?.Started),
        Stage("alert raised, vs instant", paths, p => p.Job is null ? null : p.Send?.RaisedAt - p.Due),
        Stage("raised -> AlertRaised send starts (save, change)", paths, p => p.Job is null ? null : p.Send?.Started - p.Send?.RaisedAt),
        Stage("AlertRaised send (hub to connection)", paths, p => p.Job is null ? null : p.Send?.Finished - p.Send?.Started),
        Stage("send starts -> client handler", paths, p => p.Job is null ? null : p.Heard?.At - p.Send?.Started),
        Stage("instant -> client", paths, p => p.Job is null ? null : p.Latency),
    ];

    private static ResultRow Stage(string what, List<AlertPath> paths, Func<AlertPath, TimeSpan?> part) =>
        new(what, Distribution.Of(paths.Select(part).OfType<TimeSpan>()));

    private static void Note(StringBuilder text, string trigger, List<AlertPath> paths, List<(AlertPath Path, SlaCheckTrace Job)> silent)
    {
        var missing = paths.Where(p => p.Heard is null).Select(p => p.Reference).ToList();
        var bySweep = paths.Count(p => p.Send is not null && p.Job is null);
        var never = missing.Count == 0 ? "" : $"; never raised: {string.Join(", ", missing)}";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{trigger}: {paths.Count - missing.Count} of {paths.Count} heard; raised by the minute sweep, not a check job: {bySweep}{never}");
        foreach (var slow in paths.Where(p => p.Latency > _target).OrderByDescending(p => p.Latency).Take(5))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  over 1 s: {slow.Reference} {slow.Latency!.Value.TotalMilliseconds:0} ms, raised {Offset(slow.Send?.RaisedAt, slow.Due)} ms after the instant {Why(slow, silent)}");
        }
    }

    private static string Why(AlertPath slow, List<(AlertPath Path, SlaCheckTrace Job)> silent)
    {
        if (slow.Job is { } job)
        {
            return $"by a check job queued {Offset(job.Enqueued, slow.Due)}, started {Offset(job.Started, slow.Due)} ms from the instant";
        }

        var (path, quiet) = silent.FirstOrDefault(s => s.Path.Reference == slow.Reference);
        return path is null
            ? "by the sweep"
            : $"by the sweep; the {path.Trigger} check started {Offset(quiet.Started, path.Due)} and ended {Offset(quiet.Finished, path.Due)} ms from its instant, raising nothing";
    }

    private static string Offset(DateTimeOffset? at, DateTimeOffset due) =>
        at is { } value ? (value - due).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
