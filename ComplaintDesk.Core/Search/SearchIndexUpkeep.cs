using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplaintDesk.Core.Search;

/// <summary>
/// Keeps the text index in step with the complaints about to be saved, as part of the same save: a
/// received complaint gets its entry, and a changed reference, product or service, description or
/// complainant's name (an anonymisation among them) rewrites just that column of its entry.
/// </summary>
internal static class SearchIndexUpkeep
{
    private static readonly (string Property, string Column)[] _complaintText =
    [
        (nameof(Complaint.Reference), nameof(ComplaintSearchEntry.Reference)),
        (nameof(Complaint.ProductOrService), nameof(ComplaintSearchEntry.ProductOrService)),
        (nameof(Complaint.Description), nameof(ComplaintSearchEntry.Description)),
    ];

    private static readonly (string Property, string Column)[] _complainantText =
    [
        (nameof(Complainant.Name), nameof(ComplaintSearchEntry.ComplainantName)),
    ];

    public static void Track(DbContext db)
    {
        var rewritten = new Dictionary<long, EntityEntry<ComplaintSearchEntry>>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry is { Entity: Complaint received, State: EntityState.Added })
            {
                db.Add(ComplaintSearchEntry.For(received));
                continue;
            }

            var (complaintId, texts) = entry switch
            {
                { Entity: Complaint complaint, State: EntityState.Modified } => (complaint.Id, _complaintText),
                { Entity: Complainant complainant, State: EntityState.Modified } => (complainant.ComplaintId, _complainantText),
                _ => (0, []),
            };

            foreach (var (property, column) in texts.Where(t => entry.Property(t.Property).IsModified))
            {
                if (!rewritten.TryGetValue(complaintId, out var target))
                {
                    rewritten[complaintId] = target = db.Attach(ComplaintSearchEntry.Existing(complaintId));
                }

                var field = target.Property(column);
                field.CurrentValue = SearchText.Fold((string)entry.Property(property).CurrentValue!);
                field.IsModified = true;
            }
        }
    }
}
