namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>A finished workbook kept in the database, so that every node serves it (<see cref="DatabaseWorkbookStore"/>).</summary>
internal sealed class StoredWorkbook
{
    public string FileName { get; private set; } = "";

    public byte[] Content { get; private set; } = [];
}
