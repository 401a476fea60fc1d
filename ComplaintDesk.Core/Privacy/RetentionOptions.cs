namespace ComplaintDesk.Core.Privacy;

/// <summary><c>Desk:Retention</c>: how long a finished complaint keeps its complainant's personal data.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Desk:Retention";

    /// <summary>Days after closing (or withdrawal) before the name and contacts are anonymised.</summary>
    public int AnonymiseClosedAfterDays { get; set; } = 730;
}
