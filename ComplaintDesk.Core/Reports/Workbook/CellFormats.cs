namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>Excel number formats for each <see cref="CellKind"/>.</summary>
internal static class CellFormats
{
    public static string? For(CellKind kind) => kind switch
    {
        CellKind.Count => "0",
        CellKind.Hours => "0.0",
        CellKind.Percent => "0.0%",
        CellKind.DateTime => "yyyy-mm-dd hh:mm",
        CellKind.Date => "yyyy-mm-dd",
        _ => null,
    };
}
