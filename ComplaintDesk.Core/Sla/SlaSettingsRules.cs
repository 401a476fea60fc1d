using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

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
            errors.Add("calendar.timeZone", $"There is no time zone called \"{zone}\"; choose an IANA name such as Europe/Istanbul.");
        }

        if (calendar.WorkingDays.Count == 0)
        {
            errors.Add("calendar.workingDays", "Choose at least one working day.");
        }

        if (calendar.End <= calendar.Start)
        {
            errors.Add("calendar.end", "The working day must end after it starts.");
        }

        return errors;
    }

    public static FieldErrors CheckSla(SlaOptions sla, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (sla.WarningShare is <= 0 or > 1)
        {
            errors.Add("sla.warningShare", "The warning share is more than 0 and at most 1 (0.75 warns at 75 %).");
        }

        foreach (var priority in Enum.GetValues<Priority>())
        {
            if (!sla.Policies.TryGetValue(priority, out var policy) || !HasTargets(policy))
            {
                errors.Add($"sla.policies.{priority}", $"{priority} needs acknowledge, respond and resolve targets above zero.");
            }
        }

        foreach (var (category, policies) in sla.CategoryPolicies)
        {
            foreach (var (priority, policy) in policies.Where(p => !HasTargets(p.Value)))
            {
                errors.Add(
                    $"sla.categoryPolicies.{category}.{priority}",
                    $"{category} at {priority} needs acknowledge, respond and resolve targets above zero.");
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
            errors.Add($"sla.categoryPolicies.{category}", $"There is no category named \"{category}\".");
        }

        return errors;
    }

    private static bool HasTargets(SlaOptions.PolicyOptions policy) =>
        policy.Acknowledge > TimeSpan.Zero && policy.Respond > TimeSpan.Zero && policy.Resolve > TimeSpan.Zero;
}
