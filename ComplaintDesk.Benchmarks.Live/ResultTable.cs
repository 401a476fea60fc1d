using System.Globalization;
using System.Text;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>One line of a result table; <see cref="P95Target"/> set only for the figures that have a latency target.</summary>
internal sealed record ResultRow(string What, Distribution Figures, TimeSpan? P95Target = null)
{
    public bool? Passed => P95Target is { } target ? Figures.Count > 0 && Figures.P95 < target.TotalMilliseconds : null;
}

internal static class ResultTable
{
    public static string Format(string title, IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        var width = Math.Max(40, rows.Max(r => r.What.Length));
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} (milliseconds)")
            .AppendLine(CultureInfo.InvariantCulture, $"{"".PadRight(width)} {"n",5} {"min",9} {"p50",9} {"p95",9} {"max",9}  target      result");
        foreach (var row in rows)
        {
            var f = row.Figures;
            var target = row.P95Target is { } t ? $"p95 < {t.TotalMilliseconds:0}" : "";
            var result = row.Passed switch { true => "PASS", false => "FAIL", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{row.What.PadRight(width)} {f.Count,5} {f.Min,9:0.0} {f.P50,9:0.0} {f.P95,9:0.0} {f.Max,9:0.0}  {target,-11} {result}");
        }

        return text.ToString();
    }
}
