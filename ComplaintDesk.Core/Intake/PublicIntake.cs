using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.StatusPage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Core.Intake;

/// <summary>
/// The web channel (ISO 10002 4.3): a complaint the complainant sends themselves registers through the workflow as
/// <see cref="Actor.Complainant"/>, on channel Web, unassigned, with the rules of every intake, and comes back with the
/// status link they follow it by. Their language is the page's; the files they attach come along, as far as
/// <see cref="AttachmentOptions"/> keeps them.
/// </summary>
public sealed class PublicIntake(
    IDbContextFactory<DeskDbContext> dbFactory, IComplaintWorkflow workflow, IOptions<AttachmentOptions> attachments, TimeProvider time) : IPublicIntake
{
    public async Task<PublicReceipt> SubmitAsync(PublicComplaint complaint, string? language, CancellationToken cancellationToken)
    {
        var details = complaint.Complainant is { } person ? person with { Language = language } : null;
        var received = await workflow.ReceiveAsync(
            new NewComplaint(Channel.Web, null, details, complaint.ProductOrService, null, complaint.Description, complaint.DesiredOutcome)
            {
                Unreadable = complaint.Unreadable,
                Attachments = attachments.Value.Admit(complaint.Files),
            },
            Actor.Complainant,
            cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var id = await db.Complaints.Where(c => c.Reference == received.Reference).Select(c => c.Id).SingleAsync(cancellationToken);
        var link = await db.StatusLinkForAsync(id, time.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PublicReceipt(received.Reference, link.Token);
    }
}
