namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>A stored workbook opened for download; the caller disposes the stream.</summary>
public sealed record ReportFile(string FileName, Stream Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
