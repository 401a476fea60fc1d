using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Audit;

/// <summary>
/// Draws the auditor's sample: the complaints closed or withdrawn in the filter's days (any part of a reference, any
/// part of the assignee's e-mail), chosen by a seeded shuffle of their ids, shown in the order they finished.
/// </summary>
internal static class ComplaintSampling
{
    public const int DefaultSize = 10;
    public const int MaxSize = 100;

    /// <summary>The size and seed to draw with; what is wrong with them goes to <paramref name="errors"/>.</summary>
    public static (int Size, int Seed) Check(int? size, int? seed, FieldErrors errors)
    {
        if (size is < 1 or > MaxSize)
        {
            errors.Add("size", DeskMessage.Of(FieldKeys.SampleSize, MaxSize));
        }

        if (seed is < 0)
        {
            errors.Add("seed", DeskMessage.Of(FieldKeys.SampleSeed));
        }

        return (size ?? DefaultSize, seed ?? Random.Shared.Next(1, 1_000_000));
    }

    public static async Task<ComplaintSample> DrawAsync(DeskDbContext db, AuditFilter filter, int size, int seed, CancellationToken cancellationToken)
    {
        var finished = db.Complaints.AsNoTracking().Where(c => c.ClosedAt != null);
        if (filter.Start is { } start)
        {
            finished = finished.Where(c => c.ClosedAt >= start);
        }

        if (filter.End is { } end)
        {
            finished = finished.Where(c => c.ClosedAt < end);
        }

        if (filter.Reference is { } reference)
        {
            finished = finished.WhereAnyContains(reference, c => c.Reference);
        }

        if (filter.User is { } user)
        {
            finished = finished.WhereAnyContains(user, c => c.AssigneeEmail);
        }

        var ids = await finished.OrderBy(c => c.Id).Select(c => c.Id).ToArrayAsync(cancellationToken);
        var chosen = Choose(ids, size, seed);
        var items = await db.Complaints.AsNoTracking()
            .Where(c => chosen.Contains(c.Id))
            .OrderBy(c => c.ClosedAt).ThenBy(c => c.Id)
            .Select(c => new SampledComplaint(c.Reference, c.Status, c.Outcome, c.ClosedAt, c.Category == null ? null : c.Category.Name, c.AssigneeEmail))
            .ToListAsync(cancellationToken);
        return new ComplaintSample(seed, ids.Length, items);
    }

    // The first steps of a Fisher-Yates shuffle, driven by the seed's own sequence of numbers.
    private static List<long> Choose(long[] ids, int size, int seed)
    {
        var random = new Random(seed);
        var count = Math.Min(size, ids.Length);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, ids.Length);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        return [.. ids[..count]];
    }
}
