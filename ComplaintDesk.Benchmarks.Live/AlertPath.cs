using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// One clock alert's way from its instant to the client: the check job that raised it (none when the
/// sweep did), the hub send, and the arrival. Parts not seen are null.
/// </summary>
internal sealed record AlertPath(string Reference, AlertTrigger Trigger, DateTimeOffset Due, SlaCheckTrace? Job, AlertSend? Send, HeardAlert? Heard)
{
    public TimeSpan? Latency => Heard?.At - Due;

    public static List<AlertPath> Follow(
        AlertTrigger trigger,
        Func<RegisteredComplaint, DateTimeOffset> due,
        IEnumerable<RegisteredComplaint> complaints,
        IReadOnlyList<HeardAlert> heard,
        IReadOnlyList<AlertSend> sends,
        IReadOnlyCollection<SlaCheckTrace> jobs,
        IReadOnlyDictionary<string, long> ids) =>
        complaints.Select(complaint =>
        {
            var send = sends.FirstOrDefault(s => s.Reference == complaint.Reference && s.Trigger == trigger);
            var job = send is null || !ids.TryGetValue(complaint.Reference, out var id)
                ? null
                : jobs.Where(j => j.ComplaintId == id && j.Started <= send.RaisedAt && send.RaisedAt <= j.Finished).MaxBy(j => j.Started);
            var arrival = heard.FirstOrDefault(h => h.Alert.ComplaintReference == complaint.Reference && h.Alert.Trigger == trigger.ToString());
            return new AlertPath(complaint.Reference, trigger, due(complaint), job, send, arrival);
        }).ToList();
}
