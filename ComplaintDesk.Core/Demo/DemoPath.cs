using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Demo;

/// <summary>How far each demo complaint has come, as the moves a handler would have made.</summary>
internal static class DemoPath
{
    public sealed record Context(Actor Owner, Category Category, Priority Priority, Texts Say);

    /// <summary>What the handler writes on the way, in the demo's language.</summary>
    public sealed record Texts(
        string Acknowledgement, string AssessmentNote, string Question, string Proposal, string Decision,
        string SatisfactionComment, string RootCause, string Rejection, string Withdrawal);

    public static Texts English { get; } = new(
        "Thank you for telling us. We have registered your complaint and will come back to you.",
        "Checked order history and product records.",
        "Could you send a photo of the product label and your receipt?",
        "We will replace the product free of charge and apologise for the trouble.",
        "We will replace the product free of charge; a courier will call you within two working days.",
        "Happy with the replacement, but it took a while.",
        "Supplier quality",
        "The complainant wants a refund, not a replacement.",
        "The complainant solved it with the store directly.");

    public delegate void Step(Complaint complaint, Context context, Stamp stamp);

    private static readonly Step[] _toClosed =
    [
        (c, x, s) => c.Assign(x.Owner.Email, s),
        (c, x, s) => c.Acknowledge(Channel.Email, x.Say.Acknowledgement, s),
        (c, x, s) => c.Assess(x.Priority, x.Category, null, x.Say.AssessmentNote, s),
        (c, _, s) => c.Investigate(s),
        (c, x, s) => c.AwaitComplainant(x.Say.Question, s),
        (c, _, s) => c.Resume(s),
        (c, x, s) => c.ProposeResponse(RemedyType.Replacement, x.Say.Proposal, s),
        (c, x, s) => c.CommunicateDecision(Channel.Email, x.Say.Decision, s),
        (c, x, s) => c.Close(ClosingOutcome.Accepted, 4, x.Say.SatisfactionComment, x.Say.RootCause, s),
    ];

    private static readonly Step _reject = (c, x, s) => c.RejectDecision(x.Say.Rejection, s);

    private static readonly Step _withdraw = (c, x, s) => c.Withdraw(x.Say.Withdrawal, s);

    /// <summary>Stage by position: mostly open work for the queue, some closed, withdrawn and reopened ones.</summary>
    public static IReadOnlyList<Step> StepsFor(int index) => (index % 12) switch
    {
        0 or 1 => [],
        2 => _toClosed[..1],
        3 => _toClosed[..2],
        4 => _toClosed[..3],
        5 => _toClosed[..4],
        6 => _toClosed[..5],
        7 => _toClosed[..7],
        8 when index > 12 => [.. _toClosed[..8], _reject],
        8 => _toClosed[..8],
        9 or 10 => _toClosed,
        _ => [.. _toClosed[..2], _withdraw],
    };
}
