namespace ComplaintDesk.Core.Reports.Workbook;

internal static class SpreadsheetNames
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>A, B, …, Z, AA, … for a zero-based column index.</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
