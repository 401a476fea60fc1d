using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Privacy;

/// <summary>
/// Erasing a complainant's personal data keeps the language they were registered with: it names nobody, and the
/// status page they may still open stays in it.
/// </summary>
public sealed class KeepingTheLanguageOnAnonymising : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_language_stays_when_the_name_and_contacts_go()
    {
        var reference = (await _desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Email, null, new ComplainantDetails(PrivacyDesk.Name, PrivacyDesk.Email, null, ContactMethod.Email, "tr"),
                "Call centre", "Billing", "Waited on hold for an hour."),
            _desk.Handler, CancellationToken.None)).Reference;

        await _desk.Services.GetRequiredService<IPersonalDataErasure>()
            .AnonymiseAsync(reference, "The complainant asked for it.", PrivacyDesk.Administrator, CancellationToken.None);

        await using var db = _desk.NewContext();
        var complainant = await db.Complainants.SingleAsync(p => db.Complaints.Any(c => c.Id == p.ComplaintId && c.Reference == reference));
        Assert.Equal((Complainant.AnonymisedName, null, "tr-TR"), (complainant.Name, complainant.Email, complainant.Language));
    }
}
