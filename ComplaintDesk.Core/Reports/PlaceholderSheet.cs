using System.Globalization;
using System.Text;
using System.Xml;

namespace ComplaintDesk.Core.Reports;

/// <summary>
/// Rewrites a placeholder worksheet into the full sheet: everything ClosedXML wrote (frozen header,
/// widths, header row, page setup) is kept, the sample rows are replaced by the streamed rows, and
/// the filter is widened over them.
/// </summary>
internal static class PlaceholderSheet
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        // Keeps a carriage return in a description as a carriage return.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Writes the sheet to <paramref name="output"/>; returns the last row number (1 when only the header).</summary>
    public static async Task<int> RewriteAsync(
        byte[] placeholder, Stream output, StreamedSheet sheet, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var styles = ReadStyles(placeholder, sheet.Columns.Count);
        using var reader = XmlReader.Create(new MemoryStream(placeholder));
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument(true);
        reader.MoveToContent();
        xml.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        xml.WriteAttributes(reader, true);
        if (reader.Prefix.Length > 0)
        {
            // ClosedXML prefixes the main namespace; declaring it as the default lets rows go unprefixed.
            xml.WriteAttributeString("xmlns", SpreadsheetNames.Main);
        }

        var lastRow = 1;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "dimension":
                    // Optional, and unknown until the rows are written.
                    reader.Skip();
                    break;
                case "sheetData":
                    xml.WriteStartElement("", "sheetData", SpreadsheetNames.Main);
                    CopyHeaderRow(reader, xml);
                    var rows = new RowWriter(xml, styles, zone, lastRow: 1);
                    await sheet.WriteRowsAsync(rows, cancellationToken);
                    lastRow = rows.LastRow;
                    xml.WriteEndElement();
                    break;
                case "autoFilter":
                    xml.WriteStartElement(reader.Prefix, "autoFilter", reader.NamespaceURI);
                    xml.WriteAttributeString("ref", $"A1:{SpreadsheetNames.Column(sheet.Columns.Count - 1)}{lastRow}");
                    xml.WriteEndElement();
                    reader.Skip();
                    break;
                default:
                    xml.WriteNode(reader, true);
                    break;
            }
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        return lastRow;
    }

    private static void CopyHeaderRow(XmlReader reader, XmlWriter xml)
    {
        using var rows = reader.ReadSubtree();
        rows.Read();
        rows.Read();
        while (!rows.EOF)
        {
            if (rows.NodeType == XmlNodeType.Element && rows.LocalName == "row" && rows.GetAttribute("r") == "1")
            {
                xml.WriteNode(rows, true);
            }
            else if (rows.NodeType == XmlNodeType.Element && rows.LocalName == "row")
            {
                rows.Skip();
            }
            else
            {
                rows.Read();
            }
        }

        reader.Skip();
    }

    private static SheetStyles ReadStyles(byte[] placeholder, int columns)
    {
        var plain = Enumerable.Repeat("0", columns).ToArray();
        var quoted = Enumerable.Repeat("0", columns).ToArray();
        using var reader = XmlReader.Create(new MemoryStream(placeholder));
        var row = 0;
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "row" })
            {
                row = int.Parse(reader.GetAttribute("r")!, CultureInfo.InvariantCulture);
            }
            else if (reader is { NodeType: XmlNodeType.Element, LocalName: "c" } && row is WorkbookSkeleton.PlainSampleRow or WorkbookSkeleton.QuotedSampleRow)
            {
                var target = row == WorkbookSkeleton.PlainSampleRow ? plain : quoted;
                target[ColumnIndex(reader.GetAttribute("r")!)] = reader.GetAttribute("s") ?? "0";
            }
        }

        return new SheetStyles(plain, quoted);
    }

    private static int ColumnIndex(string cell)
    {
        var index = 0;
        foreach (var c in cell.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
