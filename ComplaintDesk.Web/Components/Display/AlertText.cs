using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>An alert in words a supervisor reads at a glance.</summary>
public static class AlertText
{
    public static string Trigger(AlertTrigger trigger) => trigger switch
    {
        AlertTrigger.Warning => "Clock warning",
        AlertTrigger.Breach => "Deadline passed",
        AlertTrigger.Unhandled => "Breach not acknowledged in time",
        AlertTrigger.Rejected => "Decision rejected by the complainant",
        _ => "Escalated by hand",
    };

    /// <summary>The level with whose hands it is in (Annex H), e.g. "Level 1 · supervisor".</summary>
    public static string Level(int level) => $"Level {level} · {EscalationLevels.Describe(level)}";

    /// <summary>One person's nudge names them; otherwise the roles it went to.</summary>
    public static string Audience(AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.TargetEmail is { } email)
        {
            return email;
        }

        var roles = string.Join(" and ", AlertAudience.RolesOf(alert.TargetRole).Select(r => r.Plural()));
        return roles.Length == 0 ? "" : char.ToUpperInvariant(roles[0]) + roles[1..];
    }

    /// <summary>How long ago, as people say it: "just now", "12 min ago", "3 h 5 min ago", "2 days ago".</summary>
    public static string Age(DateTimeOffset raisedAt, DateTimeOffset now)
    {
        var age = now - raisedAt;
        return age.TotalMinutes < 1 ? "just now"
            : age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min ago"
            : age.TotalDays < 1 ? (age.Minutes == 0 ? $"{(int)age.TotalHours} h ago" : $"{(int)age.TotalHours} h {age.Minutes} min ago")
            : (int)age.TotalDays == 1 ? "1 day ago"
            : $"{(int)age.TotalDays} days ago";
    }

    /// <summary>The first line a supervisor reads: "3 complaints at level 2, 5 at level 1, oldest 9 h ago".</summary>
    public static string Summary(AlertTriageSummary summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Levels.Count == 0)
        {
            return "Nothing is open.";
        }

        var levels = summary.Levels.Select((tally, i) =>
            i == 0 ? $"{Complaints(tally.Complaints)} at level {tally.Level}" : $"{tally.Complaints} at level {tally.Level}");
        var oldest = summary.OldestOpenRaisedAt is { } at ? $", oldest {Age(at, now)}" : "";
        return $"{string.Join(", ", levels)}{oldest}.";
    }

    /// <summary>The kinds of alert a complaint has, most urgent first: "Deadline passed, escalated by hand".</summary>
    public static string Kinds(IEnumerable<AlertTrigger> kinds)
    {
        var words = string.Join(", ", kinds.Select(Trigger));
        return words.Length == 0 ? "" : words[0] + words[1..].ToLowerInvariant();
    }

    /// <summary>How often a complaint's alerts reminded: "Reminded 3×, last 10 min ago"; nothing before the first.</summary>
    public static string? Reminders(int count, DateTimeOffset? last, DateTimeOffset now) =>
        count == 0 || last is null ? null : $"Reminded {count}×, last {Age(last.Value, now)}";

    /// <summary>What one alert's acknowledgement came to, after its complaint's reference.</summary>
    public static string Outcome(AlertAcknowledgement answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => "acknowledged",
            AcknowledgementOutcome.AlreadyAcknowledged => $"already acknowledged by {answer.AcknowledgedBy}",
            AcknowledgementOutcome.NotAllowed => "not yours to acknowledge: it was raised for other people",
            _ => "no longer there",
        };
    }

    private static string Complaints(int count) => count == 1 ? "1 complaint" : $"{count} complaints";

    /// <summary>The toast that tells someone, on any page, that an alert is theirs.</summary>
    public static string Toast(AlertView alert, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = $"Level {alert.Level} alert on {alert.ComplaintReference}: {Trigger(alert.Trigger)}";
        return reminder ? $"Still open — {what}" : what;
    }
}
