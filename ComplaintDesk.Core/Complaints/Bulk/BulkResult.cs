namespace ComplaintDesk.Core.Complaints.Bulk;

/// <summary>What became of one complaint in a bulk action.</summary>
public enum BulkResult
{
    Done,

    /// <summary>A rule refused it; the outcome carries Core's reason.</summary>
    Refused,

    /// <summary>Someone changed it after the row was shown, so it was left as they left it.</summary>
    Stale,

    /// <summary>There was nothing to do on it (no open alerts of the person's).</summary>
    NothingToDo,
}
