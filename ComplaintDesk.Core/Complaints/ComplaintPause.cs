namespace ComplaintDesk.Core.Complaints;

/// <summary>A stretch spent awaiting the complainant (ISO 10002 7.6): the clocks do not run.</summary>
public sealed class ComplaintPause
{
    private ComplaintPause()
    {
    }

    internal ComplaintPause(DateTimeOffset from)
    {
        From = from;
    }

    public DateTimeOffset From { get; private set; }

    public DateTimeOffset? To { get; private set; }

    internal void End(DateTimeOffset at) => To ??= at;
}
