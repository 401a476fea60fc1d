namespace ComplaintDesk.Web.RealTime;

/// <summary>
/// The clock that paces live screens' refreshes. It is not the desk's clock: spacing renders is about
/// the server's load, not about deadlines, so it keeps real time even where the desk's clock is held
/// still (browser tests fix the desk's time while the browsers work in real time); component tests
/// give it a fake clock to step through a burst.
/// </summary>
public sealed class LivePacing(TimeProvider time)
{
    public static readonly LivePacing RealTime = new(TimeProvider.System);

    public TimeProvider Time { get; } = time;
}
