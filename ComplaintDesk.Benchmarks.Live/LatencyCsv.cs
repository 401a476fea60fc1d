using System.Globalization;
using System.Text;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>Every alert's stages as milliseconds from its clock instant, for a closer look than the table gives.</summary>
internal static class LatencyCsv
{
    public static string Write(IEnumerable<AlertPath> paths)
    {
        var folder = Path.Combine(Path.GetTempPath(), "complaintdesk-live-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"latency-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmmss}.csv"));
        var text = new StringBuilder("reference,trigger,instant,scheduled_for,queued,started,raised,send_start,send_end,heard,job_end\n");
        foreach (var p in paths)
        {
            text.AppendLine(string.Join(',',
                p.Reference, p.Trigger, p.Due.ToString("O", CultureInfo.InvariantCulture),
                Ms(p.Job?.ScheduledFor, p.Due), Ms(p.Job?.Enqueued, p.Due), Ms(p.Job?.Started, p.Due), Ms(p.Send?.RaisedAt, p.Due),
                Ms(p.Send?.Started, p.Due), Ms(p.Send?.Finished, p.Due), Ms(p.Heard?.At, p.Due), Ms(p.Job?.Finished, p.Due)));
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Ms(DateTimeOffset? at, DateTimeOffset due) =>
        at is { } value ? (value - due).TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) : "";
}
