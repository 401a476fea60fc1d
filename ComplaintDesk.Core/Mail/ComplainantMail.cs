using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.StatusPage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Mail;

/// <summary>
/// The moves that reach the complainant by e-mail (ISO 10002 7.3, 7.4, 7.8): each queues its message in the move's own
/// unit of work when the complainant gave an address, so the move and its message are saved together or not at all.
/// </summary>
public sealed class ComplainantMail(IMailComposer composer, IMailDispatch dispatch, IOptions<DeskOptions> options)
{
    /// <summary>Adds the move's message to <paramref name="db"/>, if it has one; true when it did.</summary>
    internal async Task<bool> QueueAsync(DeskDbContext db, Complaint complaint, ComplaintCommand command, Stamp stamp, CancellationToken cancellationToken)
    {
        if (KindOf(command) is not { } kind)
        {
            return false;
        }

        var complainant = await db.Complainants.Where(p => p.ComplaintId == complaint.Id)
            .Select(p => new { p.Name, p.Email, p.Language })
            .SingleAsync(cancellationToken);
        if (complainant.Email is null)
        {
            return false;
        }

        var link = await db.StatusLinkForAsync(complaint.Id, stamp.At, cancellationToken);
        var facts = new MailFacts(
            kind,
            complaint.Reference,
            complainant.Name,
            complaint.ReceivedAt,
            complaint.Clocks.SingleOrDefault(c => c.Kind == ClockKind.Respond)?.Deadline,
            StatusLink.AddressOf(options.Value.PublicBaseUrl, link.Token),
            (command as AwaitComplainantCommand)?.Question,
            kind == MessageKind.Decision ? complaint.DecisionText : null,
            kind == MessageKind.Decision ? complaint.Remedy : null,
            complainant.Language);
        var mail = await composer.ComposeAsync(facts, cancellationToken);
        db.OutgoingMessages.Add(new OutgoingMessage(complaint.Id, complaint.LatestEvent, kind, complainant.Email, mail, stamp.At));
        return true;
    }

    /// <summary>Once the unit of work that queued a message is saved: try it now.</summary>
    internal void SendQueued() => dispatch.SendNow();

    private static MessageKind? KindOf(ComplaintCommand command) => command switch
    {
        AcknowledgeCommand => MessageKind.Acknowledgement,
        AwaitComplainantCommand => MessageKind.InformationRequest,
        CommunicateDecisionCommand => MessageKind.Decision,
        _ => null,
    };
}
