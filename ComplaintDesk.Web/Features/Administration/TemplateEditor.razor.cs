using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using ComplaintDesk.Web.Mail;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>
/// One template's words, with a preview filled with sample values as they are typed. Saving names the version it
/// started from, so someone else's save in between is refused rather than overwritten.
/// </summary>
public sealed partial class TemplateEditor
{
    private const string PreviewToken = "Xy7kQ2mN9pR4sT6vW8zA1bC3";

    private string? _subject;
    private string? _body;
    private int? _version;
    private IReadOnlyDictionary<string, string> _sample = new Dictionary<string, string>();
    private FormErrors _errors = FormErrors.None;
    private string? _problem;
    private bool _busy;

    [Parameter, EditorRequired]
    public TemplatePurpose Purpose { get; set; }

    [Parameter, EditorRequired]
    public MessageKind Kind { get; set; }

    [Parameter, EditorRequired]
    public string Culture { get; set; } = "";

    /// <summary>The administrators' words as the page last read them; null while the shipped words stand.</summary>
    [Parameter]
    public TemplateView? Saved { get; set; }

    [Parameter]
    public EventCallback Changed { get; set; }

    [Parameter]
    public EventCallback Closed { get; set; }

    [Inject]
    private IStringLocalizer<DeskText> Text { get; set; } = default!;

    [Inject]
    private ITemplateDesk Templates { get; set; } = default!;

    [Inject]
    private TemplateWords Words { get; set; } = default!;

    [Inject]
    private PlaceholderValues Values { get; set; } = default!;

    [Inject]
    private IOptions<DeskOptions> Desk { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private CultureInfo Language => CultureInfo.GetCultureInfo(Culture);

    private string Heading => Text["Templates.Editing", TemplateNames.Of(Text, Purpose, Kind), LanguageNames.Of(Culture)];

    private IEnumerable<string> Known => MailPlaceholders.Known(Purpose, Kind).Select(name => $"{{{name}}}");

    protected override void OnInitialized()
    {
        var words = Saved is { } saved ? new TemplateText(saved.Subject, saved.Body) : Words.Shipped(Purpose, Kind, Language);
        (_subject, _body, _version) = (words.Subject, words.Body, Saved?.Version);
        var facts = SampleFacts.For(Kind, Language, Text, Time.GetUtcNow(), StatusLink.AddressOf(Desk.Value.PublicBaseUrl, PreviewToken));
        _sample = Values.Of(facts, Language);
    }

    private string PreviewOf(string? template) => MailPlaceholders.Fill(template ?? "", _sample);

    private Task SaveAsync() => RunAsync(async actor =>
    {
        var saved = await Templates.SaveAsync(new TemplateChange(Purpose, Kind, Culture, _subject, _body, _version), actor, CancellationToken.None);
        _version = saved.Version;
        Snackbar.Add(Text["Templates.Saved", Text.Word(TemplateKeys.Describe(Purpose, Kind)), LanguageNames.Of(Culture)], Severity.Success);
    });

    private Task ResetAsync() => RunAsync(async actor =>
    {
        await Templates.ResetAsync(Purpose, Kind, Culture, _version ?? 0, actor, CancellationToken.None);
        var shipped = Words.Shipped(Purpose, Kind, Language);
        (_subject, _body, _version) = (shipped.Subject, shipped.Body, null);
        Snackbar.Add(Text["Templates.WasReset", Text.Word(TemplateKeys.Describe(Purpose, Kind)), LanguageNames.Of(Culture)], Severity.Success);
    });

    private async Task RunAsync(Func<Actor, Task> change)
    {
        _busy = true;
        try
        {
            await change(await CurrentUser.GetActorAsync());
            (_errors, _problem) = (FormErrors.None, null);
            await Changed.InvokeAsync();
        }
        catch (InvalidInputException invalid)
        {
            (_errors, _problem) = (new FormErrors(Text.Word(invalid.Errors)), null);
        }
        catch (DeskException refused)
        {
            (_errors, _problem) = (FormErrors.None, Text.Word(refused.Text));
        }
        finally
        {
            _busy = false;
        }
    }
}
