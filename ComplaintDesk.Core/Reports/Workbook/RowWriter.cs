using System.Xml;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// Writes the rows of a streamed sheet straight into its XML: one row at a time, nothing kept.
/// Text is always an inline string (never a formula); date-times are local wall-clock times.
/// </summary>
public sealed class RowWriter
{
    private readonly XmlWriter _xml;
    private readonly SheetStyles _styles;
    private readonly TimeZoneInfo _zone;
    private static readonly string[] _letters = [.. Enumerable.Range(0, 64).Select(SpreadsheetNames.Column)];
    private int _column;
    private int _lastWritten;
    private string _rowText = "";

    internal RowWriter(XmlWriter xml, SheetStyles styles, TimeZoneInfo zone, int lastRow)
    {
        _xml = xml;
        _styles = styles;
        _zone = zone;
        LastRow = lastRow;
    }

    public int LastRow { get; private set; }

    public void Row(params ReadOnlySpan<object?> cells)
    {
        LastRow++;
        (_column, _lastWritten) = (0, -1);
        _rowText = LastRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _xml.WriteStartElement("", "row", SpreadsheetNames.Main);
        _xml.WriteAttributeString("r", _rowText);
        foreach (var cell in cells)
        {
            Write(cell);
            _column++;
        }

        _xml.WriteEndElement();
    }

    private void Write(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text when text.Length > 0:
                WriteText(text);
                return;
            case string:
                return;
            case DateTimeOffset instant:
                WriteNumber(TimeZoneInfo.ConvertTime(instant, _zone).DateTime.ToOADate());
                return;
            case int number:
                WriteNumber(number);
                return;
            case double number when double.IsFinite(number):
                WriteNumber(number);
                return;
            case double:
                return;
            default:
                WriteText(value.ToString() ?? "");
                return;
        }
    }

    private void StartCell(string style)
    {
        _xml.WriteStartElement("", "c", SpreadsheetNames.Main);
        // A cell right after the one before it needs no reference (the format allows it, and it is most
        // of the rows' cells); after a blank it must say where it is.
        if (_column != _lastWritten + 1)
        {
            _xml.WriteStartAttribute("r");
            _xml.WriteString(_letters[_column]);
            _xml.WriteString(_rowText);
            _xml.WriteEndAttribute();
        }

        _lastWritten = _column;
        if (style != "0")
        {
            _xml.WriteAttributeString("s", style);
        }
    }

    private void WriteText(string text)
    {
        var safe = SpreadsheetText.XmlSafe(text);
        StartCell(SpreadsheetText.LooksLikeFormula(text) ? _styles.QuotePrefixed[_column] : _styles.Plain[_column]);
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("", "is", SpreadsheetNames.Main);
        _xml.WriteStartElement("", "t", SpreadsheetNames.Main);
        if (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1]))
        {
            _xml.WriteAttributeString("xml", "space", SpreadsheetNames.Xml, "preserve");
        }

        _xml.WriteString(safe);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    private void WriteNumber(double number)
    {
        StartCell(_styles.Plain[_column]);
        _xml.WriteStartElement("", "v", SpreadsheetNames.Main);
        _xml.WriteValue(number);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }
}
