namespace ComplaintDesk.Benchmarks.Live;

/// <summary>Order statistics of a sample in milliseconds; percentiles by nearest rank (p95 of 60 is the 57th smallest).</summary>
internal sealed record Distribution(int Count, double Min, double P50, double P95, double Max, double Mean)
{
    public static Distribution Of(IEnumerable<TimeSpan> sample) => Of(sample.Select(s => s.TotalMilliseconds));

    public static Distribution Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new Distribution(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new Distribution(sorted.Length, sorted[0], Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1], sorted.Average());
    }

    private static double Rank(double[] sorted, double share) =>
        sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
