using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>
/// Takes one incoming message through the workflow as the complainant (ISO 10002 7.2, 7.6): a subject quoting a
/// complaint that still takes information adds the reply's own words to it (<see cref="ReplyText"/>); a complaint closed or withdrawn gets a new complaint
/// that names it; anything else registers a new complaint by e-mail. The files attached come along, as far as
/// <see cref="AttachmentOptions"/> keeps them. The message's key is saved in the same unit of
/// work, so a message taken again, by a retry or by another node, is skipped.
/// </summary>
public sealed partial class MailIntake(
    IDbContextFactory<DeskDbContext> dbFactory,
    IComplaintWorkflow workflow,
    IInboundMailWords words,
    IOptions<MailOptions> options,
    IOptions<AttachmentOptions> attachments,
    ILogger<MailIntake> logger)
{
    public async Task<IntakeOutcome> TakeAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = IncomingMail.Read(message);
        var outcome = IntakeOutcome.Ignored;
        string? reference = null;
        if (!mail.IsAutomatic && !FromTheDesk(mail))
        {
            (outcome, reference) = await TakeOnceAsync(mail, cancellationToken);
        }

        LogTaken(outcome, reference);
        return outcome;
    }

    private async Task<(IntakeOutcome, string?)> TakeOnceAsync(IncomingMail mail, CancellationToken cancellationToken)
    {
        if (await TakenAsync(mail.Key, cancellationToken))
        {
            return (IntakeOutcome.AlreadyTaken, null);
        }

        try
        {
            return await AddOrRegisterAsync(mail, cancellationToken);
        }
        catch (InvalidInputException refused)
        {
            // Field names only: the values are the complainant's.
            LogRefused(string.Join(", ", refused.Errors.Keys));
            return (IntakeOutcome.Refused, null);
        }
        catch (Exception lost) when (lost is DbUpdateException or StaleVersionException && !cancellationToken.IsCancellationRequested)
        {
            // Another node took the same message at the same moment and saved first: the key's unique index refused
            // this save, or the complaint kept changing under it. Any other failure is no reason to skip the message.
            if (await TakenAsync(mail.Key, CancellationToken.None))
            {
                return (IntakeOutcome.AlreadyTaken, null);
            }

            throw;
        }
    }

    private async Task<(IntakeOutcome, string?)> AddOrRegisterAsync(IncomingMail mail, CancellationToken cancellationToken)
    {
        if (await QuotedComplaintAsync(mail.Subject, cancellationToken) is not { } quoted)
        {
            return (IntakeOutcome.Registered, await RegisterAsync(mail, null, cancellationToken));
        }

        if (ComplainantMoves.Decide(quoted.Status, ComplaintMove.ComplainantInformation).Refusal is null)
        {
            try
            {
                var information = new ComplainantInformationCommand(Fit(mail.ReplyWords, TextLimits.LongText))
                {
                    ArrivedAs = mail.Key,
                    Attachments = attachments.Value.Admit(mail.Files),
                };
                await workflow.ApplyAsync(quoted.Reference, Actor.Complainant, null, information, cancellationToken);
                return (IntakeOutcome.AddedToComplaint, quoted.Reference);
            }
            catch (MoveRefusedException)
            {
                // Closed or withdrawn since it was read: followed up like any complaint that no longer takes information.
            }
        }

        return (IntakeOutcome.FollowedUp, await RegisterAsync(mail, quoted.Reference, cancellationToken));
    }

    private async Task<string> RegisterAsync(IncomingMail mail, string? followsUp, CancellationToken cancellationToken)
    {
        var description = followsUp is null ? mail.Words : mail.ReplyWords is not { } reply ? words.FollowingUp(followsUp) : $"{words.FollowingUp(followsUp)}\n\n{reply}";
        var complaint = new NewComplaint(
            Channel.Email,
            null,
            new ComplainantDetails(Fit(mail.SenderName ?? mail.SenderAddress, TextLimits.Name), mail.SenderAddress, null, ContactMethod.Email),
            Fit(mail.Subject ?? words.NoSubject, TextLimits.Name),
            null,
            Fit(description, TextLimits.LongText))
        {
            ArrivedAs = mail.Key,
            Attachments = attachments.Value.Admit(mail.Files),
        };
        return (await workflow.ReceiveAsync(complaint, Actor.Complainant, cancellationToken)).Reference;
    }

    private async Task<(string Reference, ComplaintStatus Status)?> QuotedComplaintAsync(string? subject, CancellationToken cancellationToken)
    {
        var references = ComplaintReference.FindIn(subject).ToList();
        if (references.Count == 0)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = await db.Complaints.Where(c => references.Contains(c.Reference))
            .Select(c => new { c.Reference, c.Status })
            .ToListAsync(cancellationToken);
        return references.Select(r => known.Find(k => k.Reference == r)).FirstOrDefault(k => k is not null) is { } first
            ? (first.Reference, first.Status)
            : null;
    }

    private async Task<bool> TakenAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedMessages.AnyAsync(m => m.MessageKey == key, cancellationToken);
    }

    // The desk's own messages coming back (a copy, a forward loop) would otherwise answer themselves without end.
    private bool FromTheDesk(IncomingMail mail) =>
        MimeKit.MailboxAddress.TryParse(options.Value.From, out var desk)
        && string.Equals(desk.Address, mail.SenderAddress, StringComparison.OrdinalIgnoreCase);

    private static string? Fit(string? text, int limit) => text is null ? null : MailFields.Fit(text, limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "Took an incoming message: {Outcome} {Reference}")]
    private partial void LogTaken(IntakeOutcome outcome, string? reference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An incoming message was refused as a complaint; fields: {Fields}")]
    private partial void LogRefused(string fields);
}
