using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintDesk.Core.Reports.Workbook;

/// <summary>
/// Writes the workbook as one zip opened to create (which keeps nothing in memory but the entry being
/// written): first the row sheets, streamed under parts of their own, then ClosedXML's workbook
/// entry by entry, with its placeholders dropped and pointed at the row sheets, its stylesheet given
/// the row sheets' formats and its filters widened over their rows.
/// </summary>
internal static class WorkbookSplicer
{
    private const string FilterName = "_xlnm._FilterDatabase";
    private const string ContentTypes = "[Content_Types].xml";
    private static readonly XNamespace _main = SpreadsheetNames.Main;

    /// <param name="streamed">The row sheets, in the order they are to be written.</param>
    /// <param name="skeleton">Builds ClosedXML's part once the row sheets are written (they count its figures).</param>
    public static async Task WriteAsync(
        Stream output, IReadOnlyList<StreamedSheet> streamed, Func<Task<MemoryStream>> skeleton, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var rowParts = new Dictionary<string, (string Part, int LastRow)>();
        for (var i = 0; i < streamed.Count; i++)
        {
            var part = $"xl/worksheets/rows{i + 1}.xml";
            await using var to = target.CreateEntry(part, CompressionLevel.Fastest).Open();
            rowParts[streamed[i].Name] = (part, await RowSheetWriter.WriteAsync(to, streamed[i], zone, cancellationToken));
        }

        using var built = await skeleton();
        var map = SkeletonMap.Read(built);
        var renamed = streamed.ToDictionary(s => map.Sheets[s.Name].Part, s => rowParts[s.Name].Part);
        using var source = new ZipArchive(built, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in source.Entries.Where(e => !renamed.ContainsKey(e.FullName)))
        {
            await using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
            if (entry.FullName == map.Workbook)
            {
                await SaveAsync(await LoadAsync(entry, cancellationToken), to, d => WidenFilters(d, streamed, map, rowParts), cancellationToken);
            }
            else if (entry.FullName == map.Styles)
            {
                await SaveAsync(await LoadAsync(entry, cancellationToken), to, StylesheetPatch.Apply, cancellationToken);
            }
            else if (entry.FullName == map.WorkbookRelationships)
            {
                await SaveAsync(await LoadAsync(entry, cancellationToken), to, d => Retarget(d, renamed), cancellationToken);
            }
            else if (entry.FullName == ContentTypes)
            {
                await SaveAsync(await LoadAsync(entry, cancellationToken), to, d => Rename(d, renamed), cancellationToken);
            }
            else
            {
                await using var from = entry.Open();
                await from.CopyToAsync(to, cancellationToken);
            }
        }
    }

    // Excel keeps each filter's range twice: on the sheet and as a hidden name in the workbook.
    private static void WidenFilters(
        XDocument workbook, IReadOnlyList<StreamedSheet> streamed, SkeletonMap map, Dictionary<string, (string Part, int LastRow)> rowParts)
    {
        foreach (var name in workbook.Descendants(_main + "definedName").Where(n => (string?)n.Attribute("name") == FilterName))
        {
            var position = (int?)name.Attribute("localSheetId");
            if (streamed.FirstOrDefault(s => map.Sheets[s.Name].Position == position) is { } sheet)
            {
                var lastColumn = SpreadsheetNames.Column(sheet.Columns.Count - 1);
                name.Value = $"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${lastColumn}${rowParts[sheet.Name].LastRow}";
            }
        }
    }

    private static void Retarget(XDocument relationships, Dictionary<string, string> renamed)
    {
        foreach (var relationship in relationships.Root!.Elements())
        {
            var target = (string?)relationship.Attribute("Target") ?? "";
            var part = target.StartsWith('/') ? target[1..] : $"xl/{target}";
            if (renamed.TryGetValue(part, out var rows))
            {
                relationship.SetAttributeValue("Target", $"/{rows}");
            }
        }
    }

    private static void Rename(XDocument contentTypes, Dictionary<string, string> renamed)
    {
        foreach (var part in contentTypes.Root!.Elements().Where(e => e.Attribute("PartName") is not null))
        {
            if (renamed.TryGetValue(((string)part.Attribute("PartName")!).TrimStart('/'), out var rows))
            {
                part.SetAttributeValue("PartName", $"/{rows}");
            }
        }
    }

    private static async Task<XDocument> LoadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var stream = entry.Open();
        return await XDocument.LoadAsync(stream, LoadOptions.None, cancellationToken);
    }

    private static async Task SaveAsync(XDocument document, Stream to, Action<XDocument> change, CancellationToken cancellationToken)
    {
        change(document);
        using var buffer = new MemoryStream();
        using (var xml = System.Xml.XmlWriter.Create(buffer, RowSheetWriter.Settings))
        {
            document.Save(xml);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(to, cancellationToken);
    }

    /// <summary>Where ClosedXML put each part: sheets by name (part and position), the workbook, its relationships, the stylesheet.</summary>
    private sealed record SkeletonMap(Dictionary<string, (string Part, int Position)> Sheets, string Workbook, string WorkbookRelationships, string Styles)
    {
        public static SkeletonMap Read(MemoryStream skeleton)
        {
            skeleton.Position = 0;
            var sheets = new Dictionary<string, (string, int)>();
            SkeletonMap map;
            using (var document = SpreadsheetDocument.Open(skeleton, false))
            {
                var workbook = document.WorkbookPart!;
                var position = 0;
                foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
                {
                    sheets[sheet.Name!.Value!] = (Entry(workbook.GetPartById(sheet.Id!.Value!).Uri), position++);
                }

                var workbookEntry = Entry(workbook.Uri);
                var folder = workbookEntry[..(workbookEntry.LastIndexOf('/') + 1)];
                map = new SkeletonMap(
                    sheets, workbookEntry, $"{folder}_rels/{workbookEntry[folder.Length..]}.rels", Entry(workbook.WorkbookStylesPart!.Uri));
            }

            skeleton.Position = 0;
            return map;
        }

        private static string Entry(Uri part) => part.OriginalString.TrimStart('/');
    }
}
