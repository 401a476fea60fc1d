using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>Complaints moved through Core's real workflow on a <see cref="CoreDesk"/>, and the outbox they fill.</summary>
internal static class MailDesk
{
    public const string Address = "deniz.arslan@example.com";

    public static async Task<string> ReceiveAsync(CoreDesk desk, string? email = Address) =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Web, null, new ComplainantDetails("Deniz Arslan", email, email is null ? "+90 532 111 2233" : null, email is null ? ContactMethod.Phone : ContactMethod.Email),
                "Broadband", "Billing", "Charged twice for November."),
            desk.Handler, CancellationToken.None)).Reference;

    public static Task MoveAsync(CoreDesk desk, string reference, ComplaintCommand command) =>
        desk.Workflow.ApplyAsync(reference, desk.Handler, null, command, CancellationToken.None);

    /// <summary>Received, acknowledged, assessed and under investigation.</summary>
    public static async Task<string> InvestigatingAsync(CoreDesk desk)
    {
        var reference = await ReceiveAsync(desk);
        await MoveAsync(desk, reference, new AcknowledgeCommand(Channel.Email));
        await MoveAsync(desk, reference, new AssessCommand(Priority.Medium, "Billing"));
        await MoveAsync(desk, reference, new InvestigateCommand());
        return reference;
    }

    /// <summary>Investigated and answered: the decision is ready to communicate.</summary>
    public static async Task<string> ResponseReadyAsync(CoreDesk desk)
    {
        var reference = await InvestigatingAsync(desk);
        await MoveAsync(desk, reference, new ProposeResponseCommand(RemedyType.Refund, "We refund the second charge."));
        return reference;
    }

    public static async Task<List<OutgoingMessage>> MessagesAsync(CoreDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        return await db.OutgoingMessages.AsNoTracking()
            .Where(m => db.Complaints.Any(c => c.Id == m.ComplaintId && c.Reference == reference))
            .OrderBy(m => m.Id)
            .ToListAsync();
    }

    public static async Task<string> StatusTokenAsync(CoreDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        return await db.StatusLinks.Where(l => db.Complaints.Any(c => c.Id == l.ComplaintId && c.Reference == reference))
            .Select(l => l.Token).SingleAsync();
    }

    public static async Task<int> VersionAsync(CoreDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        return await db.Complaints.Where(c => c.Reference == reference).Select(c => c.Version).SingleAsync();
    }
}
