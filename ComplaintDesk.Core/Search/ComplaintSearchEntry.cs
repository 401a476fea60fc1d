using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Search;

/// <summary>
/// One complaint's searchable text, folded by <see cref="SearchText.Fold"/>: a row of the text index,
/// written by <see cref="SearchIndexUpkeep"/> in the same save as the complaint. The complainant's name
/// is the one the complaint holds, so once anonymised only the placeholder is left.
/// </summary>
internal sealed class ComplaintSearchEntry
{
    private ComplaintSearchEntry()
    {
    }

    public long ComplaintId { get; private set; }

    /// <summary>Only so that a new complaint's id, given by the database, reaches its entry in the same save.</summary>
    public Complaint? Complaint { get; private set; }

    public string Reference { get; private set; } = "";

    public string ProductOrService { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string ComplainantName { get; private set; } = "";

    public static ComplaintSearchEntry For(Complaint complaint) => new()
    {
        Complaint = complaint,
        Reference = SearchText.Fold(complaint.Reference),
        ProductOrService = SearchText.Fold(complaint.ProductOrService),
        Description = SearchText.Fold(complaint.Description),
        ComplainantName = SearchText.Fold(complaint.Complainant.Name),
    };

    /// <summary>An entry that is known to exist, to change some of its columns without reading it.</summary>
    public static ComplaintSearchEntry Existing(long complaintId) => new() { ComplaintId = complaintId };
}
