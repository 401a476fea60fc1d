using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;

namespace ComplaintDesk.Web.Features.Alerts;

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

    /// <summary>The toast that tells someone, on any page, that an alert is theirs.</summary>
    public static string Toast(AlertView alert, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = $"Level {alert.Level} alert on {alert.ComplaintReference}: {Trigger(alert.Trigger)}";
        return reminder ? $"Still open — {what}" : what;
    }
}
