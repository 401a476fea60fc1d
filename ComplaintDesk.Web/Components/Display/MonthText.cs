using System.Globalization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>A month the API names <c>yyyy-MM</c>, as the person's language writes it: "November 2026", "Kasım 2026".</summary>
public static class MonthText
{
    public static string Of(string month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
            : month;
    }
}
