using System.Globalization;
using System.Text;
using System.Xml;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// Writes a whole row sheet as worksheet XML: frozen styled header, column widths, the rows as they
/// come, and a filter over them. Nothing is kept in memory but the row being written.
/// </summary>
internal static class RowSheetWriter
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        // Keeps a carriage return in a description as a carriage return.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Returns the last row number (1 when only the header).</summary>
    public static async Task<int> WriteAsync(Stream output, StreamedSheet sheet, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("", "worksheet", SpreadsheetNames.Main);
        WriteFrozenHeaderView(xml);
        xml.WriteStartElement("", "sheetFormatPr", SpreadsheetNames.Main);
        xml.WriteAttributeString("defaultRowHeight", "15");
        xml.WriteEndElement();
        WriteColumns(xml, sheet.Columns);

        xml.WriteStartElement("", "sheetData", SpreadsheetNames.Main);
        var header = new RowWriter(xml, Uniform(sheet.Columns.Count, RowStyles.Header), zone, lastRow: 0);
        header.Row([.. sheet.Columns.Select(c => (object?)c.Header)]);
        var rows = new RowWriter(xml, RowStyles.Of(sheet.Columns), zone, lastRow: 1);
        await sheet.WriteRowsAsync(rows, cancellationToken);
        xml.WriteEndElement();

        xml.WriteStartElement("", "autoFilter", SpreadsheetNames.Main);
        xml.WriteAttributeString("ref", $"A1:{SpreadsheetNames.Column(sheet.Columns.Count - 1)}{rows.LastRow}");
        xml.WriteEndElement();
        xml.WriteStartElement("", "pageMargins", SpreadsheetNames.Main);
        foreach (var (side, inches) in new[] { ("left", "0.7"), ("right", "0.7"), ("top", "0.75"), ("bottom", "0.75"), ("header", "0.3"), ("footer", "0.3") })
        {
            xml.WriteAttributeString(side, inches);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return rows.LastRow;
    }

    private static void WriteFrozenHeaderView(XmlWriter xml)
    {
        xml.WriteStartElement("", "sheetViews", SpreadsheetNames.Main);
        xml.WriteStartElement("", "sheetView", SpreadsheetNames.Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("", "pane", SpreadsheetNames.Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("", "selection", SpreadsheetNames.Main);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteColumns(XmlWriter xml, IReadOnlyList<ReportColumn> columns)
    {
        xml.WriteStartElement("", "cols", SpreadsheetNames.Main);
        for (var i = 0; i < columns.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("", "col", SpreadsheetNames.Main);
            xml.WriteAttributeString("min", number);
            xml.WriteAttributeString("max", number);
            xml.WriteAttributeString("width", columns[i].Width.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static SheetStyles Uniform(int columns, int style)
    {
        var all = Enumerable.Repeat(style.ToString(CultureInfo.InvariantCulture), columns).ToArray();
        return new SheetStyles(all, all);
    }
}
