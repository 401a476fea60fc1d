namespace ComplaintDesk.Core.Complaints;

/// <summary>The unique reference a complainant quotes: <c>CMP-2026-000123</c>.</summary>
public static class ComplaintReference
{
    public static string Format(int year, int number) => $"CMP-{year:D4}-{number:D6}";
}
