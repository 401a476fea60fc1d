using System.Collections.Concurrent;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>What <see cref="TimedNotifier"/> saw, on the real clock.</summary>
internal sealed class NotifierTimings
{
    public ConcurrentQueue<ChangeSend> Changes { get; } = new();

    public ConcurrentQueue<AlertSend> Alerts { get; } = new();

    public AlertSend? AlertFor(string reference, AlertTrigger trigger) =>
        Alerts.FirstOrDefault(a => a.Reference == reference && a.Trigger == trigger);

    public ChangeSend? LastChangeBefore(string reference, DateTimeOffset instant) =>
        Changes.Where(c => c.Reference == reference && c.Started <= instant).MaxBy(c => c.Started);
}

/// <summary>One <c>ComplaintChanged</c> send: from the call to the hub until every connection's write was handed over.</summary>
internal sealed record ChangeSend(string Reference, int Version, DateTimeOffset Started, DateTimeOffset Finished);

/// <summary>One <c>AlertRaised</c> send, with the instant the alert was raised.</summary>
internal sealed record AlertSend(
    long AlertId, string Reference, AlertTrigger Trigger, DateTimeOffset RaisedAt, DateTimeOffset Started, DateTimeOffset Finished);
