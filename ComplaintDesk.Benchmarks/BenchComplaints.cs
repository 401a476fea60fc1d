using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Sla;

namespace ComplaintDesk.Benchmarks;

/// <summary>
/// 100,000 complaints received evenly over the 90 days before <see cref="Now"/>, each walked
/// through the real moves. The older a complaint, the further along it is (at a pace of its own),
/// so the last weeks are mostly open work and older ones mostly closed; about 4 in 10 of those
/// still received are unassigned; the rest belong to one of 20 handlers. Same seed, same data.
/// </summary>
internal sealed class BenchComplaints(ISlaSettings sla)
{
    public const int Count = 100_000;

    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan _window = TimeSpan.FromDays(89);

    private readonly Random _random = new(10002);

    /// <summary>Stages: 0 received, 1 acknowledged, 2 assessed, 3 in investigation, 4 awaiting the complainant, 5 response ready, 6 decision communicated, 7 closed.</summary>
    private sealed record Plan(
        Actor Owner, Priority Priority, int Stage, bool Assigned, bool Withdrawn, bool Awaits, bool Escalated, bool Rejected, TimeSpan Spacing);

    public Complaint Build(int index, IReadOnlyDictionary<string, Category> categories)
    {
        var received = Now - _window + TimeSpan.FromTicks(_window.Ticks / Count * index);
        var registered = received + TimeSpan.FromMinutes(15);
        var sample = BenchSamples.All[_random.Next(BenchSamples.All.Count)];
        var ownerNumber = _random.Next(1, BenchStaff.HandlerCount + 1);
        var owner = BenchStaff.Handler(ownerNumber);
        var plan = PlanFor(Now - registered, owner);
        var first = BenchSamples.FirstNames[_random.Next(BenchSamples.FirstNames.Count)];
        var last = BenchSamples.LastNames[_random.Next(BenchSamples.LastNames.Count)];
        var input = new NewComplaint(
            sample.Channel, received,
            new ComplainantDetails($"{first} {last}", $"{first}.{last}{index}@example.com".ToLowerInvariant(),
                $"+90 5{index % 10}2 555 {index % 10_000:D4}", ContactMethod.Email),
            sample.Product, sample.Category, sample.Description, sample.Outcome,
            SubjectStaffEmail: sample.Category == "Staff conduct" ? BenchStaff.Handler((ownerNumber % BenchStaff.HandlerCount) + 1).Email : null);
        var category = categories[sample.Category];
        var complaint = Complaint.Receive(
            input, category, ComplaintReference.Format(2026, index + 1), plan.Priority, new Stamp(registered, owner));
        Walk(complaint, plan, category);
        complaint.SettleClocks(sla, Now);
        return complaint;
    }

    private Plan PlanFor(TimeSpan age, Actor owner)
    {
        var pace = 0.3 + (1.4 * _random.NextDouble());
        var stage = Math.Min(7, (int)(age.TotalDays * pace / 2));
        var priority = _random.NextDouble() switch
        {
            < 0.30 => Priority.Low,
            < 0.75 => Priority.Medium,
            < 0.95 => Priority.High,
            _ => Priority.Critical,
        };
        var moves = TimeSpan.FromTicks(Math.Min(age.Ticks, TimeSpan.FromDays(20).Ticks));
        return new Plan(
            owner, priority, stage,
            Assigned: stage > 0 || _random.NextDouble() < 0.6,
            Withdrawn: stage > 0 && _random.NextDouble() < 0.05,
            Awaits: _random.NextDouble() < 0.3,
            Escalated: priority >= Priority.High && _random.NextDouble() < 0.15,
            Rejected: _random.NextDouble() < 0.08,
            Spacing: moves / 16);
    }

    private static void Walk(Complaint c, Plan plan, Category category)
    {
        var at = c.RegisteredAt;
        Stamp Next()
        {
            at += plan.Spacing;
            return new Stamp(at, plan.Owner);
        }

        if (!plan.Assigned)
        {
            return;
        }

        c.Assign(plan.Owner.Email, Next());
        if (plan.Stage < 1)
        {
            return;
        }

        c.Acknowledge(Channel.Email, "Thank you for telling us. We have registered your complaint and will come back to you.", Next());
        if (plan.Withdrawn)
        {
            c.Withdraw("The complainant solved it with the store directly.", Next());
            return;
        }

        if (plan.Stage < 2)
        {
            return;
        }

        c.Assess(plan.Priority, category, null, "Checked order history and product records.", Next());
        if (plan.Stage < 3)
        {
            return;
        }

        c.Investigate(Next());
        if (plan.Escalated)
        {
            c.Escalate("High impact: the complainant was put at risk.", Next());
        }

        if (plan.Stage >= 4 && plan.Awaits)
        {
            c.AwaitComplainant("Could you send a photo of the product label and your receipt?", Next());
            if (plan.Stage == 4)
            {
                return;
            }

            c.Resume(Next());
        }

        Decide(c, plan, Next);
    }

    private static void Decide(Complaint c, Plan plan, Func<Stamp> next)
    {
        if (plan.Stage < 5)
        {
            return;
        }

        c.ProposeResponse(RemedyType.Replacement, "We will replace the product free of charge and apologise for the trouble.", next());
        if (plan.Stage < 6)
        {
            return;
        }

        c.CommunicateDecision(Channel.Email, "We will replace the product free of charge; a courier will call you within two working days.", next());
        if (plan.Rejected)
        {
            c.RejectDecision("The complainant wants a refund, not a replacement.", next());
            c.ProposeResponse(RemedyType.Refund, "We will refund the full price within five working days.", next());
            c.CommunicateDecision(Channel.Email, "We will refund the full price within five working days.", next());
        }

        if (plan.Stage < 7)
        {
            return;
        }

        c.Close(ClosingOutcome.Accepted, 1 + (c.Reference[^1] % 5), "Solved, though it took a while.", "Supplier quality", next());
    }
}
