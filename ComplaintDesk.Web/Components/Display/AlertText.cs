using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>An alert in words a supervisor reads at a glance, in their language.</summary>
public static class AlertText
{
    public static string Trigger(this IStringLocalizer<DeskText> text, AlertTrigger trigger) => text[$"Alert.Trigger.{trigger}"];

    /// <summary>The level with whose hands it is in (Annex H), e.g. "Level 1 · supervisor".</summary>
    public static string Level(this IStringLocalizer<DeskText> text, int level) => text["Alert.Level", level, text.Holder(level)];

    /// <summary>One person's nudge names them; otherwise the roles it went to.</summary>
    public static string Audience(this IStringLocalizer<DeskText> text, AlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.TargetEmail is { } email)
        {
            return email;
        }

        var roles = text.Word(AlertAudience.Members(alert.TargetRole));
        return roles.Length == 0 ? "" : char.ToUpper(roles[0], CultureInfo.CurrentCulture) + roles[1..];
    }

    /// <summary>How long ago, as people say it: "just now", "12 min ago", "3 h 5 min ago", "2 days ago".</summary>
    public static string Age(this IStringLocalizer<DeskText> text, DateTimeOffset raisedAt, DateTimeOffset now)
    {
        var age = now - raisedAt;
        return age.TotalMinutes < 1 ? text["Alert.Age.JustNow"]
            : age.TotalHours < 1 ? text["Alert.Age.Minutes", (int)age.TotalMinutes]
            : age.TotalDays < 1 ? (age.Minutes == 0 ? text["Alert.Age.Hours", (int)age.TotalHours] : text["Alert.Age.HoursMinutes", (int)age.TotalHours, age.Minutes])
            : (int)age.TotalDays == 1 ? text["Alert.Age.OneDay"]
            : text["Alert.Age.Days", (int)age.TotalDays];
    }

    /// <summary>The first line a supervisor reads: "3 complaints at level 2, 5 at level 1, oldest 9 h ago".</summary>
    public static string Summary(this IStringLocalizer<DeskText> text, AlertTriageSummary summary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Levels.Count == 0)
        {
            return text["Alert.Summary.Nothing"];
        }

        var levels = summary.Levels.Select((tally, i) =>
            text["Alert.Summary.AtLevel", i == 0 ? text.Complaints(tally.Complaints) : tally.Complaints.ToString(CultureInfo.CurrentCulture), tally.Level].Value);
        var oldest = summary.OldestOpenRaisedAt is { } at ? text["Alert.Summary.Oldest", text.Age(at, now)].Value : "";
        return $"{string.Join(", ", levels)}{oldest}.";
    }

    /// <summary>The kinds of alert a complaint has, most urgent first: "Deadline passed, escalated by hand".</summary>
    public static string Kinds(this IStringLocalizer<DeskText> text, IEnumerable<AlertTrigger> kinds)
    {
        var words = string.Join(", ", kinds.Select(text.Trigger));
        return words.Length == 0 ? "" : words[0] + words[1..].ToLower(CultureInfo.CurrentCulture);
    }

    /// <summary>How often a complaint's alerts reminded: "Reminded 3×, last 10 min ago"; nothing before the first.</summary>
    public static string? Reminders(this IStringLocalizer<DeskText> text, int count, DateTimeOffset? last, DateTimeOffset now) =>
        count == 0 || last is null ? null : text["Alert.Reminded", count, text.Age(last.Value, now)].Value;

    /// <summary>What one alert's acknowledgement came to, after its complaint's reference.</summary>
    public static string Outcome(this IStringLocalizer<DeskText> text, AlertAcknowledgement answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            AcknowledgementOutcome.Acknowledged => text["Alert.Outcome.Acknowledged"],
            AcknowledgementOutcome.AlreadyAcknowledged => text["Alert.Outcome.AlreadyAcknowledged", answer.AcknowledgedBy ?? ""],
            AcknowledgementOutcome.NotAllowed => text["Alert.Outcome.NotAllowed"],
            _ => text["Alert.Outcome.Gone"],
        };
    }

    private static string Complaints(this IStringLocalizer<DeskText> text, int count) =>
        count == 1 ? text["Alerts.OneComplaint"] : text["Alerts.Complaints", count];

    /// <summary>The toast that tells someone, on any page, that an alert is theirs.</summary>
    public static string Toast(this IStringLocalizer<DeskText> text, AlertView alert, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var what = text["Alert.Toast", alert.Level, alert.ComplaintReference, text.Trigger(alert.Trigger)];
        return reminder ? text["Alert.StillOpen", what] : what;
    }
}
