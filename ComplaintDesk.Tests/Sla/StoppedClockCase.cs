namespace ComplaintDesk.Tests.Sla;

/// <summary>A clock stopped <see cref="Shift"/> away from the deadline it showed while running (never before receipt).</summary>
public sealed record StoppedClockCase(DeadlineCase Case, TimeSpan Shift)
{
    public override string ToString() => $"{Case}; stopped at the running deadline {(Shift < TimeSpan.Zero ? "-" : "+")} {Shift.Duration()}";
}
