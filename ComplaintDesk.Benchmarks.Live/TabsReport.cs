using System.Globalization;
using System.Text;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>The tabs run's summary table (the README's), its timings in full, and the memory samples behind the figure per circuit.</summary>
internal static class TabsReport
{
    private const double KibPerCircuitGoal = 400;
    private static readonly Dictionary<int, TimeSpan?> _p95Goals = new() { [TabsBenchmark.TeamTabs] = TimeSpan.FromMilliseconds(200) };

    public static string Format(string loadAtStart, IReadOnlyList<TabChange> atTeam, IReadOnlyList<TabChange> atMany, ResidentMemory few, ResidentMemory many)
    {
        var perCircuit = PerCircuit(few, many);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"tabs: Chromium tabs on the queue's \"All open\"; a supervisor reassigns complaints on their first page through the API, one at a time")
            .AppendLine(CultureInfo.InvariantCulture, $"machine: {MachineInfo.Describe()}")
            .AppendLine(CultureInfo.InvariantCulture, $"load average at start: {loadAtStart}")
            .AppendLine()
            .AppendLine("| tabs | changes (every tab) | answered -> last tab p50 / p95 / max | sent -> last tab p95 | KiB per idle circuit | desk CPU per change |")
            .AppendLine("|---:|---:|---|---:|---:|---:|");
        foreach (var changes in new[] { atTeam, atMany })
        {
            var complete = changes.Where(c => c.EveryTab).ToList();
            var answered = Distribution.Of(complete.Select(c => c.AnsweredToLast));
            var sent = Distribution.Of(complete.Select(c => c.SentToLast));
            var memory = changes[0].Tabs == many.Tabs ? perCircuit.ToString("#,0", CultureInfo.InvariantCulture) : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {changes[0].Tabs} | {changes.Count} ({complete.Count}) | {answered.P50:0} / {answered.P95:0} / {answered.Max:0} ms | {sent.P95:0} ms | {memory} | {CpuPerChange(changes):0} ms |");
        }

        text.AppendLine().AppendLine(Memory(few, many));
        text.AppendLine(Timings(atTeam)).AppendLine(Timings(atMany));
        return text.ToString();
    }

    public static string Memory(ResidentMemory few, ResidentMemory many)
    {
        var perCircuit = PerCircuit(few, many);
        return new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture,
                $"KiB per idle circuit: desk resident memory {few.MedianKib:#,0} KiB at {few.Tabs} tabs, {many.MedianKib:#,0} KiB at {many.Tabs} (medians of " +
                $"[{string.Join(", ", few.SamplesKib)}] and [{string.Join(", ", many.SamplesKib)}]), over {many.Tabs - few.Tabs} tabs: " +
                $"{perCircuit:#,0} KiB (goal <= {KibPerCircuitGoal:0}: {(perCircuit <= KibPerCircuitGoal ? "PASS" : "FAIL")})")
            .AppendLine(CultureInfo.InvariantCulture,
                $"idle desk CPU: {few.IdleCpuPerSecond:0} ms/s at {few.Tabs} tabs, {many.IdleCpuPerSecond:0} ms/s at {many.Tabs}")
            .ToString();
    }

    private static double PerCircuit(ResidentMemory few, ResidentMemory many) =>
        (many.MedianKib - few.MedianKib) / (double)(many.Tabs - few.Tabs);

    public static string Timings(IReadOnlyList<TabChange> changes)
    {
        var complete = changes.Where(c => c.EveryTab).ToList();
        var tabs = changes[0].Tabs;
        return ResultTable.Format($"{tabs} tabs: one change until every tab shows it ({complete.Count} of {changes.Count} reached every tab; desk CPU {CpuPerChange(changes):0} ms per change)", [
            new ResultRow("API answered -> last tab shows it", Distribution.Of(complete.Select(c => c.AnsweredToLast)), _p95Goals.GetValueOrDefault(tabs)),
            new ResultRow("request sent -> last tab shows it", Distribution.Of(complete.Select(c => c.SentToLast))),
            new ResultRow("API answered -> first tab shows it", Distribution.Of(complete.Select(c => c.AnsweredToFirst))),
            new ResultRow("request sent -> API answered", Distribution.Of(changes.Select(c => c.AnsweredAt - c.SentAt))),
            new ResultRow("desk CPU, send -> last tab", Distribution.Of(changes.Select(c => c.ServerCpu))),
        ]);
    }

    private static double CpuPerChange(IReadOnlyList<TabChange> changes) => changes.Sum(c => c.ServerCpu.TotalMilliseconds) / changes.Count;
}
