namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The parts of an <c>AlertRaised</c> message the measurements need; enums arrive as names.</summary>
internal sealed record AlertMessage(long Id, string ComplaintReference, int Level, string Trigger, DateTimeOffset RaisedAt);

/// <summary>
/// A <c>ComplaintChanged</c> message, read and dropped as a screen would read it. Without a handler the
/// client would throw and catch a binding error per message, which would cost more than the message.
/// </summary>
internal sealed record IgnoredMessage;
