namespace ComplaintDesk.Core.Reports.Runs;

/// <summary><c>Desk:Reports</c>: where monthly workbooks are kept (the web app makes a relative folder absolute under its content root).</summary>
public sealed class ReportOptions
{
    public const string Section = "Desk:Reports";

    public string Folder { get; set; } = "App_Data/reports";
}
