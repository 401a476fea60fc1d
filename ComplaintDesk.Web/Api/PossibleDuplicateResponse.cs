using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Web.Api;

/// <summary>Another open complaint that may be the same one; <see cref="Reason"/> is same-email, same-phone or similar-text.</summary>
public sealed record PossibleDuplicateResponse(string Reference, string Reason)
{
    public static PossibleDuplicateResponse From(PossibleDuplicate duplicate)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        return new(duplicate.Reference, WireName(duplicate.Reason));
    }

    private static string WireName(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameEmail => "same-email",
        DuplicateReason.SamePhone => "same-phone",
        DuplicateReason.SimilarText => "similar-text",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
