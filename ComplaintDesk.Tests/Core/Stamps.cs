using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Tests.Core;

/// <summary>Fixed instants for moves, a day after a built complaint was received by default.</summary>
internal static class Stamps
{
    public static readonly DateTimeOffset DayAfterReceipt = ComplaintBuilder.DefaultReceivedAt.AddDays(1);

    public static Stamp Later(Actor? actor = null) => new(DayAfterReceipt, actor ?? Actors.Supervisor);
}
