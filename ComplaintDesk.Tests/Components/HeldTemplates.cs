using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;

namespace ComplaintDesk.Tests.Components;

/// <summary>Templates administrators saved, held in memory for screens that only read them (the move dialogs' reply menu).</summary>
public sealed class HeldTemplates : ITemplateDesk
{
    private readonly List<TemplateView> _saved = [];

    /// <summary>As if an administrator had saved <paramref name="body"/> for the reply of <paramref name="kind"/> in <paramref name="culture"/>.</summary>
    public void HoldReply(MessageKind kind, string culture, string body) =>
        _saved.Add(new TemplateView(TemplatePurpose.Reply, kind, culture, null, body, 1, DeskPageContext.Now, "admin@demo.local"));

    public Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<TemplateView>>(_saved);

    public Task<TemplateView?> FindAsync(TemplatePurpose purpose, MessageKind kind, string culture, CancellationToken cancellationToken) =>
        Task.FromResult(_saved.SingleOrDefault(t => t.Purpose == purpose && t.Kind == kind && t.Culture == culture));

    public Task<TemplateView> SaveAsync(TemplateChange change, Actor actor, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The screens under test only read templates.");

    public Task ResetAsync(TemplatePurpose purpose, MessageKind kind, string culture, int version, Actor actor, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The screens under test only read templates.");
}
