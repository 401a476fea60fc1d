using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>Complaints received, finished and compared through Core's real services on a <see cref="CoreDesk"/>.</summary>
internal static class DuplicateDesk
{
    public const string Parcel =
        "The parcel I ordered on Monday never arrived and the courier says it was delivered to my door while I was at home all day waiting for it.";

    public const string ParcelRetold =
        "The parcel I ordered on Monday never arrived and the courier claims it was delivered to my door while I was at home all day waiting for it.";

    // Shares "parcel", "courier", "arrived", "the" and "my" with Parcel, but no three words in a row.
    public const string Invoice =
        "My invoice shows a parcel fee twice; the courier arrived on time, but the bill for my order is wrong by forty lira.";

    public static async Task<string> ReceiveAsync(CoreDesk desk, string description, string? email = null, string? phone = null) =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(
                Channel.Email, null,
                new ComplainantDetails("Deniz Arslan", email, phone, email is null ? (phone is null ? ContactMethod.Letter : ContactMethod.Phone) : ContactMethod.Email),
                "Delivery", "Billing", description),
            desk.Handler, CancellationToken.None)).Reference;

    public static async Task<IReadOnlyList<(string Reference, DuplicateReason Reason)>> OfAsync(CoreDesk desk, string reference, Actor? actor = null) =>
        [.. (await Queries(desk).ForComplaintAsync(reference, actor ?? desk.Handler, CancellationToken.None)).Select(d => (d.Reference, d.Reason))];

    public static async Task<IReadOnlyList<(string Reference, DuplicateReason Reason)>> AtIntakeAsync(CoreDesk desk, DuplicateProbe probe, Actor? actor = null) =>
        [.. (await Queries(desk).ForIntakeAsync(probe, actor ?? desk.Handler, CancellationToken.None)).Select(d => (d.Reference, d.Reason))];

    public static IDuplicateQueries Queries(CoreDesk desk) => desk.Services.GetRequiredService<IDuplicateQueries>();

    public static Task MergeAsync(CoreDesk desk, string reference, string into, int? version = null) =>
        desk.Workflow.ApplyAsync(reference, desk.Handler, version, new MergeCommand(into), CancellationToken.None);

    public static async Task CloseAsync(CoreDesk desk, string reference, int? satisfaction)
    {
        await DecideAsync(desk, reference);
        await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new CloseCommand(ClosingOutcome.Accepted, satisfaction, null, null), CancellationToken.None);
    }

    /// <summary>Brings the complaint to its decision communicated, the one status it closes from.</summary>
    public static async Task DecideAsync(CoreDesk desk, string reference)
    {
        foreach (var move in new ComplaintCommand[]
        {
            new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Medium, "Billing"), new InvestigateCommand(),
            new ProposeResponseCommand(RemedyType.Apology, "We apologise."), new CommunicateDecisionCommand(Channel.Email, "We apologised."),
        })
        {
            await desk.Workflow.ApplyAsync(reference, desk.Handler, null, move, CancellationToken.None);
        }
    }
}
