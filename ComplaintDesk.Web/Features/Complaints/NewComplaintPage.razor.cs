using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Web.Auth;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>The Annex C intake form. Core decides what is valid; its field errors show next to each field.</summary>
public sealed partial class NewComplaintPage : IDisposable
{
    // A pause this long in typing is when the form looks for complaints that may be the same one.
    private static readonly TimeSpan _lookAfter = TimeSpan.FromMilliseconds(500);

    private NewComplaintForm _form = new();
    private DuplicateProbe _probe = new(null, null, null);
    private Actor? _actor;
    private ITimer? _pause;
    private FormErrors _errors = FormErrors.None;
    private IReadOnlyList<string> _categories = [];
    private DateTime _today;
    private string? _created;
    private bool _saving;

    [Inject]
    private IComplaintWorkflow Workflow { get; set; } = default!;

    [Inject]
    private ICategoryList Categories { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private DeskTimeZone DeskTimeZone { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<DeskCultureOptions> Cultures { get; set; } = default!;

    // The reference is a link inside the sentence, wherever the person's language puts it.
    private (string Before, string After) RegisteredAs
    {
        get
        {
            var words = Text["NewComplaint.RegisteredAs"].Value;
            var at = words.IndexOf("{0}", StringComparison.Ordinal);
            return (words[..at], words[(at + "{0}".Length)..]);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _categories = await Categories.NamesAsync(CancellationToken.None);
        _actor = await CurrentUser.GetActorAsync();
        StartAnother();
    }

    private void StartAnother()
    {
        _form = new NewComplaintForm { Language = Cultures.Value.Find(Cultures.Value.DefaultCulture) };
        _form.ReceivedNow(Time.GetUtcNow(), DeskTimeZone.Zone);
        _today = TimeZoneInfo.ConvertTime(Time.GetUtcNow(), DeskTimeZone.Zone).Date;
        _errors = FormErrors.None;
        _created = null;
        _probe = new DuplicateProbe(null, null, null);
    }

    // Each keystroke in the e-mail, phone or description starts the pause again.
    private void Typed()
    {
        _pause?.Dispose();
        _pause = Time.CreateTimer(_ => _ = InvokeAsync(LookForDuplicates), null, _lookAfter, Timeout.InfiniteTimeSpan);
    }

    private void LookForDuplicates()
    {
        _probe = new DuplicateProbe(_form.Email, _form.Phone, _form.Description);
        StateHasChanged();
    }

    public void Dispose() => _pause?.Dispose();

    private async Task SubmitAsync()
    {
        _saving = true;
        try
        {
            var created = await Workflow.ReceiveAsync(_form.ToNewComplaint(DeskTimeZone.Zone), _actor!, CancellationToken.None);
            StartAnother();
            _created = created.Reference;
        }
        catch (DeskException refused)
        {
            _errors = FormErrors.From(Text, refused);
        }
        finally
        {
            _saving = false;
        }
    }
}
