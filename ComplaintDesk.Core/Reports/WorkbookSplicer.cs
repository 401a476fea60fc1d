using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintDesk.Core.Reports;

/// <summary>
/// Copies ClosedXML's workbook into a new zip entry by entry, streaming each large sheet in place of
/// its placeholder. A zip opened to create (not to update) keeps nothing in memory but the current
/// entry's compressor, which is why a year of complaints fits.
/// </summary>
internal static class WorkbookSplicer
{
    private const string FilterName = "_xlnm._FilterDatabase";

    public static async Task WriteAsync(
        MemoryStream skeleton, Stream output, IReadOnlyList<StreamedSheet> streamed, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var (entries, workbookEntry) = MapSheets(skeleton);
        var lastRows = new Dictionary<string, int>();
        using var source = new ZipArchive(skeleton, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var placeholders = streamed.ToDictionary(s => entries[s.Name].Entry);
        foreach (var entry in source.Entries.Where(e => e.FullName != workbookEntry && !placeholders.ContainsKey(e.FullName)))
        {
            await using var from = entry.Open();
            await using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
            await from.CopyToAsync(to, cancellationToken);
        }

        foreach (var sheet in streamed)
        {
            var entryName = entries[sheet.Name].Entry;
            await using var to = target.CreateEntry(entryName, CompressionLevel.Fastest).Open();
            lastRows[sheet.Name] = await PlaceholderSheet.RewriteAsync(
                await ReadAllAsync(source.GetEntry(entryName)!, cancellationToken), to, sheet, zone, cancellationToken);
        }

        await using (var to = target.CreateEntry(workbookEntry, CompressionLevel.Fastest).Open())
        {
            var workbook = XDocument.Load(new MemoryStream(await ReadAllAsync(source.GetEntry(workbookEntry)!, cancellationToken)));
            WidenFilters(workbook, streamed, entries, lastRows);
            using var xml = System.Xml.XmlWriter.Create(to, PlaceholderSheet.Settings);
            workbook.Save(xml);
        }
    }

    private static (Dictionary<string, (string Entry, int Position)> Sheets, string Workbook) MapSheets(MemoryStream skeleton)
    {
        skeleton.Position = 0;
        var sheets = new Dictionary<string, (string, int)>();
        string workbookEntry;
        using (var document = SpreadsheetDocument.Open(skeleton, false))
        {
            var workbook = document.WorkbookPart!;
            var position = 0;
            foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
            {
                sheets[sheet.Name!.Value!] = (workbook.GetPartById(sheet.Id!.Value!).Uri.OriginalString.TrimStart('/'), position++);
            }

            workbookEntry = workbook.Uri.OriginalString.TrimStart('/');
        }

        skeleton.Position = 0;
        return (sheets, workbookEntry);
    }

    // Excel keeps each filter's range twice: on the sheet and as a hidden name in the workbook.
    private static void WidenFilters(
        XDocument workbook, IReadOnlyList<StreamedSheet> streamed, Dictionary<string, (string Entry, int Position)> sheets, Dictionary<string, int> lastRows)
    {
        XNamespace main = SpreadsheetNames.Main;
        foreach (var name in workbook.Descendants(main + "definedName").Where(n => (string?)n.Attribute("name") == FilterName))
        {
            var position = (int?)name.Attribute("localSheetId");
            var sheet = streamed.FirstOrDefault(s => sheets[s.Name].Position == position);
            if (sheet is not null)
            {
                name.Value = $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${SpreadsheetNames.Column(sheet.Columns.Count - 1)}${lastRows[sheet.Name]}";
            }
        }
    }

    private static async Task<byte[]> ReadAllAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = entry.Open();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken);
        return bytes.ToArray();
    }
}
