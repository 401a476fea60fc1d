using ComplaintDesk.Core.Common;

namespace ComplaintDesk.Benchmarks;

/// <summary>The handlers the seeded complaints are assigned to: handler01@bench.local … handler20@bench.local.</summary>
internal static class BenchStaff
{
    public const int HandlerCount = 20;

    public static Actor Handler(int number) =>
        new($"bench-handler-{number:D2}", $"handler{number:D2}@bench.local", new HashSet<DeskRole> { DeskRole.Handler });
}
