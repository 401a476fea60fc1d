namespace ComplaintDesk.Core.Messages;

/// <summary>The keys of what an access to personal data records beside who, when and which complaint (ISO 10002 4.10).</summary>
public static class PrivacyKeys
{
    /// <summary>An administrator erased a complainant's data on request.</summary>
    public const string ErasureRequest = "Core.Privacy.ErasureRequest";

    /// <summary>The nightly retention job erased it; its value is the retention period in days.</summary>
    public const string Retention = "Core.Privacy.Retention";

    /// <summary>A monthly workbook with personal data was taken away; its value is the month (yyyy-MM).</summary>
    public const string MonthlyWorkbook = "Core.Privacy.MonthlyWorkbook";

    /// <summary>A complainant's file was downloaded; its value is the attachment's number.</summary>
    public const string Attachment = "Core.Privacy.Attachment";
}
