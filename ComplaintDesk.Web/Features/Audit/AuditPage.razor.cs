using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace ComplaintDesk.Web.Features.Audit;

/// <summary>
/// The auditor's view (ISO 10002 4.10, 8.5): personal-data access records and every recorded event,
/// filtered by person, complaint, days and (for access records) kind, paged in the database, and downloadable as CSV;
/// and a sample of the complaints finished in those days, drawn at random for review.
/// </summary>
public sealed partial class AuditPage
{
    private Actor? _actor;
    private string? _user;
    private string? _reference;
    private string? _from;
    private string? _to;
    private PersonalDataAction? _action;
    private AuditSearch _search = new();
    private int _tab;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _actor = await CurrentUser.GetActorAsync();

    private void ChangeUser(string? user)
    {
        _user = user;
        Refilter();
    }

    private void ChangeReference(string? reference)
    {
        _reference = reference;
        Refilter();
    }

    private void ChangeFrom(string? from)
    {
        _from = from;
        Refilter();
    }

    private void ChangeTo(string? to)
    {
        _to = to;
        Refilter();
    }

    private void ChangeAction(PersonalDataAction? action)
    {
        _action = action;
        Refilter();
    }

    // The lists see a new filter and read their first page again.
    private void Refilter() => _search = new AuditSearch(_reference, _user, _from, _to, Action: _action?.Name());
}
