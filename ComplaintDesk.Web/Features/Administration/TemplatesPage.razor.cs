using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>Administrators reword the desk's messages and the handlers' replies, per kind and language; Core checks and records.</summary>
public sealed partial class TemplatesPage
{
    private IReadOnlyList<TemplateView> _saved = [];
    private (TemplatePurpose Purpose, MessageKind Kind, string Culture)? _open;

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private ITemplateDesk Templates { get; set; } = default!;

    [Inject]
    private IOptions<DeskCultureOptions> Cultures { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync() => _saved = await Templates.ListAsync(CancellationToken.None);

    private TemplateView? Saved(TemplatePurpose purpose, MessageKind kind, string culture) =>
        _saved.SingleOrDefault(t => t.Purpose == purpose && t.Kind == kind && t.Culture == culture);

    private string Describe(TemplatePurpose purpose, MessageKind kind) => TemplateNames.Of(Text, purpose, kind);

    private void Open(TemplatePurpose purpose, MessageKind kind, string culture) => _open = (purpose, kind, culture);
}
