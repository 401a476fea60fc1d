using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Core.Sla;

/// <summary>What a calendar and a set of SLA policies must satisfy before they come into force.</summary>
public static class SlaSettingsRules
{
    public static FieldErrors Check(CalendarOptions calendar, SlaOptions sla, IReadOnlyCollection<string> categories) =>
        CheckCategoryNames(sla, categories, CheckSla(sla, CheckCalendar(calendar)));

    public static FieldErrors CheckCalendar(CalendarOptions calendar, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (calendar.TimeZone is { } zone && (string.IsNullOrWhiteSpace(zone) || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)))
        {
            errors.Add("calendar.timeZone", DeskMessage.Of(DeskKeys.TimeZoneUnknown, zone));
        }

        if (calendar.WorkingDays.Count == 0)
        {
            errors.Add("calendar.workingDays", DeskMessage.Of(DeskKeys.WorkingDayMissing));
        }

        if (calendar.End <= calendar.Start)
        {
            errors.Add("calendar.end", DeskMessage.Of(DeskKeys.WorkingDayEnd));
        }

        return errors;
    }

    public static FieldErrors CheckSla(SlaOptions sla, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (sla.WarningShare is <= 0 or > 1)
        {
            errors.Add("sla.warningShare", DeskMessage.Of(DeskKeys.WarningShare));
        }

        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!sla.Policies.TryGetValue(priority, out var policy) || !HasTargets(policy))
            {
                errors.Add($"sla.policies.{priority}", DeskMessage.Of(DeskKeys.PolicyTargets, priority.ToString()));
            }
        }

        foreach (var (category, policies) in sla.CategoryPolicies)
        {
            foreach (var (priority, policy) in policies.Where(p => !HasTargets(p.Value)))
            {
                errors.Add(
                    $"sla.categoryPolicies.{category}.{priority}",
                    DeskMessage.Of(DeskKeys.CategoryPolicyTargets, category, priority.ToString()));
            }
        }

        return errors;
    }

    /// <summary>Overrides name categories that exist (categories live in the database, so this is checked on change).</summary>
    public static FieldErrors CheckCategoryNames(SlaOptions sla, IReadOnlyCollection<string> categories, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        foreach (var category in sla.CategoryPolicies.Keys.Where(name => !categories.Contains(name, StringComparer.Ordinal)))
        {
            errors.Add($"sla.categoryPolicies.{category}", DeskMessage.Of(DeskKeys.NoSuchCategory, category));
        }

        return errors;
    }

    private static bool HasTargets(SlaOptions.PolicyOptions policy) =>
        policy.Acknowledge > TimeSpan.Zero && policy.Respond > TimeSpan.Zero && policy.Resolve > TimeSpan.Zero;
}
