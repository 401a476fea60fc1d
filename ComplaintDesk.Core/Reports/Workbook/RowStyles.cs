namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// The cell formats of the streamed row sheets, at fixed indexes the stylesheet is padded up to
/// (<see cref="StylesheetPatch"/>). Fixed, so rows can be written before ClosedXML has built the
/// rest of the workbook: the figures it needs are counted while the rows go out.
/// </summary>
internal static class RowStyles
{
    public const int First = 1000;
    public const int Text = First;
    public const int QuotedText = First + 1;
    public const int Count = First + 2;
    public const int Hours = First + 3;
    public const int Percent = First + 4;
    public const int DateTime = First + 5;
    public const int Header = First + 6;

    public const int HoursFormat = 1000;
    public const int PercentFormat = 1001;
    public const int DateTimeFormat = 1002;

    public static int For(CellKind kind) => kind switch
    {
        CellKind.Count => Count,
        CellKind.Hours => Hours,
        CellKind.Percent => Percent,
        CellKind.DateTime => DateTime,
        _ => Text,
    };

    public static SheetStyles Of(IReadOnlyList<ReportColumn> columns) => new(
        [.. columns.Select(c => For(c.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture))],
        [.. columns.Select(c => (c.Kind == CellKind.Text ? QuotedText : For(c.Kind)).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
