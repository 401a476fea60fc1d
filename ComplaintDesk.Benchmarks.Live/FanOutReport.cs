using System.Globalization;
using System.Text;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The fan-out run's table, its breakdown by stage, and what the process looked like.</summary>
internal static class FanOutReport
{
    private static readonly TimeSpan _target = TimeSpan.FromMilliseconds(250);

    public static string Format(RunOptions options, IReadOnlyList<FanOutSample> samples, FanOutConnections connected, ProcessLoad after, int closed)
    {
        var complete = samples.Where(s => s.Heard == options.Clients).ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
                $"fan-out: {options.Clients} supervisor clients over WebSockets on {options.Nodes} node(s), {samples.Count} manual escalations one at a time (after 3 not counted)")
            .AppendLine(CultureInfo.InvariantCulture,
                $"connected all in {connected.Took.TotalSeconds:0.0} s; then {connected.Load}")
            .AppendLine()
            .AppendLine(ResultTable.Format($"One alert to all {options.Clients} clients ({complete.Count} of {samples.Count} reached every client)", [
                Row("alert raised -> last client", complete, s => s.RaisedToLast, _target),
                Row("escalate request sent -> last client", complete, s => s.RequestToLast, _target),
                Row("alert raised -> first client", complete, s => s.RaisedToFirst),
                Row("first client -> last client", complete, s => s.FirstToLast),
            ]))
            .AppendLine(ResultTable.Format("Stage by stage", [
                Row("request sent -> alert raised (HTTP, sign-in, load)", samples, s => s.RequestToRaised),
                Row("raised -> AlertRaised send starts (save, reread, change)", samples, s => s.RaisedToSend),
                Row("ComplaintChanged send (hub to every connection)", samples, s => s.ChangeSendTime),
                Row("AlertRaised send (hub to every connection)", samples, s => s.AlertSendTime),
                Row("AlertRaised send starts -> last client", complete, s => s.SendToLast),
                Row("escalate request answered", samples, s => s.Answered),
            ]))
            .AppendLine(CultureInfo.InvariantCulture,
                $"this process's CPU from request to last client, as a share of all cores: p50 {Distribution.Of(samples.Select(s => s.CpuBusy * 100)).P50:0} %, max {samples.Max(s => s.CpuBusy):P0}")
            .AppendLine(CultureInfo.InvariantCulture, $"after the run: {after}; connections closed during the run: {closed}");
        foreach (var slow in complete.OrderByDescending(s => s.RaisedToLast).Take(3))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  slowest: raised -> last {Ms(slow.RaisedToLast)}; raised -> send {Ms(slow.RaisedToSend)} (change send {Ms(slow.ChangeSendTime)}), " +
                $"alert send {Ms(slow.AlertSendTime)}, send -> last {Ms(slow.SendToLast)}; CPU {slow.CpuBusy:P0}, GC pauses {Ms(slow.GcPause)}");
        }

        return text.ToString();
    }

    private static string Ms(TimeSpan? span) =>
        span is { } value ? value.TotalMilliseconds.ToString("0.0 ms", CultureInfo.InvariantCulture) : "-";

    private static ResultRow Row(string what, IEnumerable<FanOutSample> samples, Func<FanOutSample, TimeSpan?> part, TimeSpan? target = null) =>
        new(what, Distribution.Of(samples.Select(part).OfType<TimeSpan>()), target);
}
