using System.Globalization;
using System.Xml.Linq;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// Adds the row sheets' formats to ClosedXML's stylesheet: three number formats, the header's font
/// and fill, padding up to <see cref="RowStyles.First"/>, then the row sheets' cell formats.
/// </summary>
internal static class StylesheetPatch
{
    private static readonly XNamespace _main = SpreadsheetNames.Main;

    public static void Apply(XDocument styles)
    {
        var sheet = styles.Root!;
        var formats = sheet.Element(_main + "numFmts");
        if (formats is null)
        {
            formats = new XElement(_main + "numFmts");
            sheet.AddFirst(formats);
        }

        formats.Add(
            NumberFormat(RowStyles.HoursFormat, "0.0"),
            NumberFormat(RowStyles.PercentFormat, "0.0%"),
            NumberFormat(RowStyles.DateTimeFormat, "yyyy-mm-dd hh:mm"));
        Recount(formats);

        var headerFont = Append(sheet.Element(_main + "fonts")!, new XElement(
            _main + "font",
            new XElement(_main + "b"),
            new XElement(_main + "sz", new XAttribute("val", 11)),
            new XElement(_main + "color", new XAttribute("rgb", "FFFFFFFF")),
            new XElement(_main + "name", new XAttribute("val", "Calibri"))));
        var headerFill = Append(sheet.Element(_main + "fills")!, new XElement(
            _main + "fill",
            new XElement(
                _main + "patternFill",
                new XAttribute("patternType", "solid"),
                new XElement(_main + "fgColor", new XAttribute("rgb", "FF1F4E79")),
                new XElement(_main + "bgColor", new XAttribute("indexed", 64)))));

        var cells = sheet.Element(_main + "cellXfs")!;
        var used = cells.Elements(_main + "xf").Count();
        if (used > RowStyles.First)
        {
            throw new InvalidOperationException($"The styled sheets use {used} cell formats; the row sheets' start at {RowStyles.First}.");
        }

        for (; used < RowStyles.First; used++)
        {
            cells.Add(Format(0));
        }

        cells.Add(
            Format(0),
            Format(0, new XAttribute("quotePrefix", 1)),
            Format(1),
            Format(RowStyles.HoursFormat),
            Format(RowStyles.PercentFormat),
            Format(RowStyles.DateTimeFormat),
            Format(0, new XAttribute("fontId", headerFont), new XAttribute("fillId", headerFill), new XAttribute("applyFont", 1), new XAttribute("applyFill", 1)));
        Recount(cells);
    }

    private static XElement NumberFormat(int id, string code) =>
        new(_main + "numFmt", new XAttribute("numFmtId", id), new XAttribute("formatCode", code));

    private static XElement Format(int numberFormat, params object[] more)
    {
        var format = new XElement(
            _main + "xf",
            new XAttribute("numFmtId", numberFormat),
            new XAttribute("fontId", 0),
            new XAttribute("fillId", 0),
            new XAttribute("borderId", 0),
            new XAttribute("xfId", 0));
        if (numberFormat != 0)
        {
            format.SetAttributeValue("applyNumberFormat", 1);
        }

        foreach (var attribute in more.OfType<XAttribute>())
        {
            format.SetAttributeValue(attribute.Name, attribute.Value);
        }

        return format;
    }

    private static int Append(XElement list, XElement item)
    {
        list.Add(item);
        Recount(list);
        return list.Elements().Count() - 1;
    }

    private static void Recount(XElement list) =>
        list.SetAttributeValue("count", list.Elements().Count().ToString(CultureInfo.InvariantCulture));
}
