namespace ComplaintDesk.Core.Reports.Runs;

/// <summary>
/// <c>Desk:Reports</c>: where monthly workbooks are kept on SQLite (the web app makes a relative folder absolute
/// under its content root); on PostgreSQL they are kept in the database and the folder is not used.
/// </summary>
public sealed class ReportOptions
{
    public const string Section = "Desk:Reports";

    public string Folder { get; set; } = "App_Data/reports";
}
