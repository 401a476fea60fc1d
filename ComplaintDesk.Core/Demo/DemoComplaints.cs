using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Demo;

/// <summary>
/// Three dozen complaints in every state, in the demo's language (<see cref="DemoContent"/>), walked through the real moves so their timelines are
/// what the desk itself would have written.
/// </summary>
public static class DemoComplaints
{
    internal const int Count = 36;

    public static async Task<int> SeedAsync(
        DeskDbContext db, DemoContent content, DateTimeOffset now, DeskTimeZone zone, ISlaSettings sla, CancellationToken cancellationToken)
    {
        var staff = new List<Actor>();
        foreach (var email in new[] { "handler@demo.local", "handler2@demo.local", "supervisor@demo.local" })
        {
            var member = await db.FindByEmailAsync(email, cancellationToken)
                ?? throw new InvalidOperationException($"Demo user {email} is missing.");
            staff.Add(new Actor(member.UserId, member.Email, member.Roles));
        }

        var categories = await db.Categories.ToDictionaryAsync(c => c.Name, cancellationToken);
        for (var i = Count - 1; i >= 0; i--)
        {
            db.Complaints.Add(await BuildAsync(db, content, i, now, zone, sla, staff, categories, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        return Count;
    }

    private static async Task<Complaint> BuildAsync(
        DeskDbContext db, DemoContent content, int i, DateTimeOffset now, DeskTimeZone zone, ISlaSettings sla, List<Actor> staff,
        Dictionary<string, Category> categories, CancellationToken cancellationToken)
    {
        var sample = content.Samples[i % content.Samples.Count];
        var steps = DemoPath.StepsFor(i);
        var received = now - TimeSpan.FromHours(3 + (steps.Count * 22) + (i * 7));
        var spacing = (now - received) / (steps.Count + 2);
        var owner = staff[i % 3 == 2 ? 2 : i % 2];
        var input = new NewComplaint(
            sample.Channel, received,
            new ComplainantDetails(sample.Name, $"{Slug(sample.Name)}@example.com", $"+90 5{i % 10}2 555 {1000 + i}", ContactMethod.Email),
            sample.Product, i % 4 == 0 ? null : sample.Category, sample.Description, sample.Outcome,
            SubjectStaffEmail: sample.Category == content.StaffConduct ? "handler2@demo.local" : null);
        var registered = received + spacing;
        var reference = await db.NextReferenceAsync(zone.YearOf(registered), cancellationToken);
        var complaint = Complaint.Receive(input, null, reference, sla.DefaultPriority, new Stamp(registered, owner));
        complaint.SettleClocks(sla, registered);
        if (input.SubjectStaffEmail is not null && owner.Is(input.SubjectStaffEmail))
        {
            owner = staff[0];
        }

        var context = new DemoPath.Context(owner, categories[sample.Category], (Priority)(i % 4), content.Path);
        for (var step = 0; step < steps.Count; step++)
        {
            var at = registered + (spacing * (step + 1));
            steps[step](complaint, context, new Stamp(at, owner));
            complaint.SettleClocks(sla, at);
        }

        return complaint;
    }

    private static string Slug(string name) =>
        new(name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetter).ToArray());
}
