using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Demo;

/// <summary>How far each demo complaint has come, as the moves a handler would have made.</summary>
internal static class DemoPath
{
    public sealed record Context(Actor Owner, Category Category, Priority Priority);

    public delegate void Step(Complaint complaint, Context context, Stamp stamp);

    private static readonly Step[] _toClosed =
    [
        (c, x, s) => c.Assign(x.Owner.Email, s),
        (c, _, s) => c.Acknowledge(Channel.Email, "Thank you for telling us. We have registered your complaint and will come back to you.", s),
        (c, x, s) => c.Assess(x.Priority, x.Category, null, "Checked order history and product records.", s),
        (c, _, s) => c.Investigate(s),
        (c, _, s) => c.AwaitComplainant("Could you send a photo of the product label and your receipt?", s),
        (c, _, s) => c.Resume(s),
        (c, _, s) => c.ProposeResponse(RemedyType.Replacement, "We will replace the product free of charge and apologise for the trouble.", s),
        (c, _, s) => c.CommunicateDecision(Channel.Email, "We will replace the product free of charge; a courier will call you within two working days.", s),
        (c, _, s) => c.Close(ClosingOutcome.Accepted, 4, "Happy with the replacement, but it took a while.", "Supplier quality", s),
    ];

    private static readonly Step _reject = (c, _, s) => c.RejectDecision("The complainant wants a refund, not a replacement.", s);

    private static readonly Step _withdraw = (c, _, s) => c.Withdraw("The complainant solved it with the store directly.", s);

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
