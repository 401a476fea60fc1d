using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Core.Mail;
using ComplaintDesk.Tests.Core.Search;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// ISO 10002 4.9 and 4.10: a mistyped address or a new phone number is put right while the complaint is open; the
/// timeline says which details changed and never what they were or became, and what reaches the complainant next goes
/// where the correction says.
/// </summary>
public sealed class CorrectingTheComplainantsDetails : IAsyncLifetime
{
    private const string Corrected = "deniz.arslan@example.org";
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_corrected_address_and_phone_are_kept_and_the_timeline_names_them_without_their_values()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        var corrected = await CorrectAsync(reference, Details(email: Corrected, phone: "+90 532 444 5566"));

        Assert.Equal((Corrected, "+90 532 444 5566"), (corrected.Complainant!.Email, corrected.Complainant.Phone));
        var recorded = corrected.Timeline[^1];
        Assert.Equal((ComplaintMove.CorrectComplainant, "4.9", "handler@demo.local", null),
            (recorded.Kind, recorded.Clause, recorded.Actor, recorded.Text));
        Assert.Equal("The complainant's details corrected: e-mail and phone", InEnglish.Word(recorded.Summary));
    }

    [Fact]
    public async Task A_postal_address_is_kept_as_written_and_the_timeline_names_it_and_a_letter_needs_none_to_be_preferred()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        var corrected = await CorrectAsync(reference, Details() with { PostalAddress = "Moda Cad. 12/3\nKadıköy 34710 İstanbul" });
        var byLetter = await CorrectAsync(reference, Details() with { PreferredContact = ContactMethod.Letter, PostalAddress = null });

        Assert.Equal("Moda Cad. 12/3\nKadıköy 34710 İstanbul", corrected.Complainant!.PostalAddress);
        Assert.Equal("The complainant's details corrected: postal address", InEnglish.Word(corrected.Timeline[^1].Summary));
        Assert.Equal((ContactMethod.Letter, null), (byLetter.Complainant!.PreferredContact, byLetter.Complainant.PostalAddress));
    }

    [Fact]
    public async Task A_postal_address_longer_than_the_desk_keeps_is_a_field_error()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() =>
            CorrectAsync(reference, Details() with { PostalAddress = new string('a', TextLimits.MediumText + 1) }));

        Assert.Equal("complainant.postalAddress", Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public async Task The_next_message_goes_to_the_corrected_address_and_search_finds_the_corrected_name()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        await CorrectAsync(reference, Details(name: "Deniz Arslanoğlu", email: Corrected));

        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        Assert.Equal(Corrected, Assert.Single(await MailDesk.MessagesAsync(_desk, reference)).To);
        Assert.Equal([reference], await SearchDesk.FindAsync(_desk, "arslanoğlu"));
    }

    [Fact]
    public async Task A_language_is_kept_by_the_desks_name_for_it_and_one_it_does_not_speak_is_a_field_error()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);

        var turkish = await CorrectAsync(reference, Details(language: "tr"));
        var german = await Assert.ThrowsAsync<InvalidInputException>(() => CorrectAsync(reference, Details(language: "de")));

        Assert.Equal("tr-TR", turkish.ComplainantLanguage);
        Assert.Equal("complainant.language", Assert.Single(german.Errors).Key);
    }

    [Fact]
    public async Task Bad_details_are_refused_field_by_field_and_nothing_is_written()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        var before = await ReadAsync(reference);

        var refusal = await Assert.ThrowsAsync<InvalidInputException>(() =>
            CorrectAsync(reference, new ComplainantDetails(" ", "not an address", null, ContactMethod.Phone)));

        Assert.Equal(["complainant.email", "complainant.name", "complainant.phone"], refusal.Errors.Keys.Order());
        var after = await ReadAsync(reference);
        Assert.Equal((before.Version, MailDesk.Address), (after.Version, after.Complainant!.Email));
    }

    [Fact]
    public async Task Details_as_they_were_and_a_finished_complaint_are_refused_and_nothing_is_written()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        var unchanged = await Assert.ThrowsAsync<MoveRefusedException>(() => CorrectAsync(reference, Details()));
        await MailDesk.MoveAsync(_desk, reference, new WithdrawCommand("Sorted out by phone."));
        var version = (await ReadAsync(reference)).Version;

        await Assert.ThrowsAsync<MoveRefusedException>(() => CorrectAsync(reference, Details(email: Corrected)));

        Assert.Equal("Nothing was changed: the complainant's details are as they were.", InEnglish.Word(unchanged.Text));
        Assert.Equal(version, (await ReadAsync(reference)).Version);
    }

    [Fact]
    public async Task Only_those_who_work_the_complaint_and_may_see_the_complainant_correct_them()
    {
        var reference = await MailDesk.ReceiveAsync(_desk);
        var quality = Actors.QualityManager;
        var colleague = Actors.Handler2;
        // The handler's first move makes the complaint theirs.
        await MailDesk.MoveAsync(_desk, reference, new AcknowledgeCommand(Channel.Email));

        await Assert.ThrowsAsync<NotPermittedException>(() => CorrectAsync(reference, Details(email: Corrected), quality));
        await Assert.ThrowsAsync<NotPermittedException>(() => CorrectAsync(reference, Details(email: Corrected), colleague));

        Assert.Equal(MailDesk.Address, (await ReadAsync(reference)).Complainant!.Email);
        Assert.Equal(Corrected, (await CorrectAsync(reference, Details(email: Corrected), Actors.Supervisor)).Complainant!.Email);
    }

    private static ComplainantDetails Details(string name = "Deniz Arslan", string email = MailDesk.Address, string? phone = null, string? language = null) =>
        new(name, email, phone, ContactMethod.Email, language);

    private Task<ComplaintDetails> CorrectAsync(string reference, ComplainantDetails details, Actor? actor = null) =>
        _desk.Workflow.ApplyAsync(reference, actor ?? _desk.Handler, null, new CorrectComplainantCommand(details), CancellationToken.None);

    private Task<ComplaintDetails> ReadAsync(string reference) =>
        _desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(reference, _desk.Handler, CancellationToken.None);
}
