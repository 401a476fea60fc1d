using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Templates;

/// <summary>
/// Keeps the administrators' templates: checked by <see cref="TemplateRules"/>, refused when someone changed them
/// meanwhile, and every save and reset an audit event.
/// </summary>
public sealed class TemplateDesk(IDbContextFactory<DeskDbContext> dbFactory, IDeskLanguages languages, TimeProvider time) : ITemplateDesk
{
    public async Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.MessageTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(View)];
    }

    public async Task<TemplateView?> FindAsync(TemplatePurpose purpose, MessageKind kind, string culture, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.MessageTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Purpose == purpose && t.Kind == kind && t.Culture == culture, cancellationToken);
        return row is null ? null : View(row);
    }

    public async Task<TemplateView> SaveAsync(TemplateChange change, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, TemplateKeys.OnlyAdministratorsChangeTemplates);
        var errors = new FieldErrors();
        var culture = Culture(change.Culture, errors);
        TemplateRules.Check(change.Purpose, change.Kind, change.Subject, change.Body, errors);
        errors.ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await FindRowAsync(db, change.Purpose, change.Kind, culture!, cancellationToken);
        if (template?.Version != change.Version)
        {
            throw ChangedMeanwhile(change.Purpose, change.Kind, culture!);
        }

        if (template is null)
        {
            template = new MessageTemplate(change.Purpose, change.Kind, culture!);
            db.MessageTemplates.Add(template);
        }

        var subject = change.Purpose == TemplatePurpose.Mail ? change.Subject!.Trim() : null;
        template.Change(subject, change.Body!.Trim(), time.GetUtcNow(), actor.Email);
        await SaveAsync(db, actor, TemplateKeys.Saved, change.Purpose, change.Kind, culture!, cancellationToken);
        return View(template);
    }

    public async Task ResetAsync(TemplatePurpose purpose, MessageKind kind, string culture, int version, Actor actor, CancellationToken cancellationToken)
    {
        AdministratorOnly.Ensure(actor, TemplateKeys.OnlyAdministratorsChangeTemplates);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await FindRowAsync(db, purpose, kind, culture, cancellationToken);
        if (template?.Version != version)
        {
            throw ChangedMeanwhile(purpose, kind, culture);
        }

        db.MessageTemplates.Remove(template);
        await SaveAsync(db, actor, TemplateKeys.Reset, purpose, kind, culture, cancellationToken);
    }

    private string? Culture(string? name, FieldErrors errors)
    {
        var found = languages.Find(name);
        if (found is null)
        {
            errors.Add("culture", DeskMessage.Of(FieldKeys.NotOneOf, name ?? "", string.Join(", ", languages.Supported)));
        }

        return found;
    }

    // A save that meets another one's write (the same new row, a newer version) is the same refusal as a stale read.
    private async Task SaveAsync(
        DeskDbContext db, Actor actor, string what, TemplatePurpose purpose, MessageKind kind, string culture, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(new AuditEvent(time.GetUtcNow(), actor.Email, AuditAreas.Templates, DeskMessage.Of(what, TemplateKeys.Describe(purpose, kind), culture), null));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw ChangedMeanwhile(purpose, kind, culture);
        }
    }

    private static Task<MessageTemplate?> FindRowAsync(
        DeskDbContext db, TemplatePurpose purpose, MessageKind kind, string culture, CancellationToken cancellationToken) =>
        db.MessageTemplates.SingleOrDefaultAsync(t => t.Purpose == purpose && t.Kind == kind && t.Culture == culture, cancellationToken);

    private static MoveRefusedException ChangedMeanwhile(TemplatePurpose purpose, MessageKind kind, string culture) =>
        new(DeskMessage.Of(TemplateKeys.ChangedMeanwhile, TemplateKeys.Describe(purpose, kind), culture));

    private static TemplateView View(MessageTemplate t) => new(t.Purpose, t.Kind, t.Culture, t.Subject, t.Body, t.Version, t.ChangedAt, t.ChangedBy);
}
