using System.Globalization;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>
/// <c>latency [--count 60] [--every-ms 250] [--target-s 6] [--nodes 1]</c>, <c>fanout [--clients 1000] [--alerts 30] [--nodes 1]</c>
/// <c>timer [--count 200]</c>, <c>tabs [--changes 30]</c>, <c>circuits [--rows 10|25|50|100 | --page /path]</c> or
/// <c>writers [--writers 20] [--seconds 60]</c>;
/// every option has the default the README's figures were measured with.
/// </summary>
internal sealed record RunOptions(
    string Mode, int Count, TimeSpan Every, TimeSpan Target, int Clients, int Alerts, int Changes, int? Rows, int Nodes, int Writers, TimeSpan Duration,
    string? Page = null)
{
    public const string Usage =
        "usage: latency [--count 60] [--every-ms 250] [--target-s 6] [--nodes 1] | fanout [--clients 1000] [--alerts 30] [--nodes 1] | timer [--count 200] | tabs [--changes 30] | circuits [--rows 10|25|50|100 | --page /path] | writers [--writers 20] [--seconds 60]";

    public static RunOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("latency" or "fanout" or "timer" or "tabs" or "circuits" or "writers") || args.Count % 2 == 0)
        {
            return null;
        }

        var options = new RunOptions(
            args[0], args[0] == "timer" ? 200 : 60, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(6), 1000, 30, 30, null, 1, 20, TimeSpan.FromSeconds(60));
        for (var i = 1; i < args.Count; i += 2)
        {
            if (args[0] == "circuits" && args[i] == "--page" && args[i + 1].StartsWith('/'))
            {
                options = options with { Page = args[i + 1] };
                continue;
            }

            if (!int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return null;
            }

            options = args[i] switch
            {
                "--count" => options with { Count = value },
                "--every-ms" => options with { Every = TimeSpan.FromMilliseconds(value) },
                "--target-s" => options with { Target = TimeSpan.FromSeconds(value) },
                "--clients" => options with { Clients = value },
                "--alerts" => options with { Alerts = value },
                "--changes" => options with { Changes = value },
                "--writers" => options with { Writers = value },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(value) },
                "--rows" when QueueView.PageSizes.Contains(value) => options with { Rows = value },
                "--nodes" => options with { Nodes = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
