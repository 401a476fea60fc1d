using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.Core.Privacy;

/// <summary>Complaints with a complainant's personal data, brought through the real moves on a <see cref="CoreDesk"/>.</summary>
internal static class PrivacyDesk
{
    public const string Name = "Ece Çelik";
    public const string Email = "ece.celik@example.com";
    public const string Phone = "+90 532 444 5566";
    public const string PostalAddress = "Moda Cad. 12/3, Kadıköy";

    public static readonly Actor Administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });
    public static readonly Actor Quality = new("q1", "quality@demo.local", new HashSet<DeskRole> { DeskRole.QualityManager });
    public static readonly Actor Supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });

    public static async Task<string> ReceivedAsync(CoreDesk desk) =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Email, null, new ComplainantDetails(Name, Email, Phone, ContactMethod.Email, PostalAddress: PostalAddress), "Call centre", "Billing", "Waited on hold for an hour."),
            desk.Handler, CancellationToken.None)).Reference;

    public static async Task<string> ClosedAsync(CoreDesk desk)
    {
        var reference = await ReceivedAsync(desk);
        foreach (var move in new ComplaintCommand[]
        {
            new AcknowledgeCommand(Channel.Email), new AssessCommand(Priority.Medium, "Billing"), new InvestigateCommand(),
            new ProposeResponseCommand(RemedyType.Apology, "We apologise."), new CommunicateDecisionCommand(Channel.Email, "We apologised."),
            new CloseCommand(ClosingOutcome.Accepted, 4, null, null),
        })
        {
            await desk.Workflow.ApplyAsync(reference, desk.Handler, null, move, CancellationToken.None);
        }

        return reference;
    }

    public static async Task<string> WithdrawnAsync(CoreDesk desk)
    {
        var reference = await ReceivedAsync(desk);
        await desk.Workflow.ApplyAsync(reference, desk.Handler, null, new WithdrawCommand("The complainant called it off."), CancellationToken.None);
        return reference;
    }
}
