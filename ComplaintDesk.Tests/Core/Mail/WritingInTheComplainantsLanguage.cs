using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core.Mail;

/// <summary>
/// The complainant's language is set at intake, by the desk's name for it, and their messages are written in it
/// whatever the desk's default; without one they are written in the desk's.
/// </summary>
public sealed class WritingInTheComplainantsLanguage
{
    [Fact]
    public Task A_Turkish_complainant_on_an_English_desk_gets_Turkish_mail() => WithDeskAsync("en", async desk =>
    {
        var reference = await ReceiveAsync(desk, "tr");

        await MailDesk.MoveAsync(desk, reference, new AcknowledgeCommand(Channel.Email));

        var message = Assert.Single(await MailDesk.MessagesAsync(desk, reference));
        Assert.Equal("tr-TR", message.Culture);
        Assert.Equal($"Şikâyetiniz alındı: {reference}", message.Subject);
    });

    [Fact]
    public Task An_English_complainant_on_a_Turkish_desk_gets_English_mail() => WithDeskAsync("tr-TR", async desk =>
    {
        var reference = await ReceiveAsync(desk, "en");

        await MailDesk.MoveAsync(desk, reference, new AcknowledgeCommand(Channel.Email));

        var message = Assert.Single(await MailDesk.MessagesAsync(desk, reference));
        Assert.Equal(("en", $"We have received your complaint {reference}"), (message.Culture, message.Subject));
    });

    [Fact]
    public Task A_complainant_without_a_language_gets_the_desks() => WithDeskAsync("tr-TR", async desk =>
    {
        var reference = await ReceiveAsync(desk, null);

        await MailDesk.MoveAsync(desk, reference, new AcknowledgeCommand(Channel.Email));

        Assert.Equal("tr-TR", Assert.Single(await MailDesk.MessagesAsync(desk, reference)).Culture);
        Assert.Null(await LanguageAsync(desk, reference));
    });

    [Fact]
    public Task A_language_named_without_its_region_is_stored_by_the_desks_name() => WithDeskAsync("en", async desk =>
    {

        var reference = await ReceiveAsync(desk, "TR");

        Assert.Equal("tr-TR", await LanguageAsync(desk, reference));
    });

    [Fact]
    public Task A_language_the_desk_does_not_speak_is_refused_on_its_field() => WithDeskAsync("en", async desk =>
    {

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => ReceiveAsync(desk, "de"));

        Assert.Equal("de", Assert.Single(refused.Errors["complainant.language"]).Arguments[0]);
    });

    private static async Task WithDeskAsync(string defaultCulture, Func<SqliteDesk, Task> test)
    {
        var desk = new SqliteDesk();
        desk.Configured["Desk:DefaultCulture"] = defaultCulture;
        await desk.InitializeAsync();
        try
        {
            await test(desk);
        }
        finally
        {
            await desk.DisposeAsync();
        }
    }

    private static async Task<string> ReceiveAsync(CoreDesk desk, string? language) =>
        (await desk.Workflow.ReceiveAsync(
            new NewComplaint(Channel.Web, null, new ComplainantDetails("Deniz Arslan", MailDesk.Address, null, ContactMethod.Email, language),
                "Broadband", "Billing", "Charged twice for November."),
            desk.Handler, CancellationToken.None)).Reference;

    private static async Task<string?> LanguageAsync(CoreDesk desk, string reference)
    {
        await using var db = desk.NewContext();
        return await db.Complainants.Where(p => db.Complaints.Any(c => c.Id == p.ComplaintId && c.Reference == reference))
            .Select(p => p.Language).SingleAsync();
    }
}
