using FsCheck;
using FsCheck.Fluent;

namespace ComplaintDesk.Tests.Sla;

/// <summary>What FsCheck generates for the SLA properties: <c>[Property(Arbitrary = [typeof(SlaArbitraries)])]</c>.</summary>
public static class SlaArbitraries
{
    public static Arbitrary<DeadlineCase> Deadlines() => SlaGenerators.Deadlines.ToArbitrary();

    public static Arbitrary<LongerTargetCase> LongerTargets() => SlaGenerators.LongerTargets.ToArbitrary();

    public static Arbitrary<RunningClockCase> RunningClocks() => SlaGenerators.RunningClocks.ToArbitrary();

    public static Arbitrary<StoppedClockCase> StoppedClocks() => SlaGenerators.StoppedClocks.ToArbitrary();
}
