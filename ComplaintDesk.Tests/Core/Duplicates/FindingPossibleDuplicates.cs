using System.Globalization;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using static ComplaintDesk.Core.Complaints.Duplicates.DuplicateReason;
using static ComplaintDesk.Tests.Core.Duplicates.DuplicateDesk;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>
/// Possible duplicates are the open complaints of the last 30 days from the same e-mail or phone, or with very similar
/// words; each listed once, for its strongest reason; contacts only for roles that may see personal data.
/// </summary>
public class FindingPossibleDuplicates : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public FindingPossibleDuplicates()
        : this(new SqliteDesk())
    {
    }

    protected FindingPossibleDuplicates(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Lists_an_open_complaint_from_the_same_email_whatever_its_case_in_a_Turkish_culture()
    {
        var earlier = await ReceiveAsync(_desk, "The shop was closed.", email: "ilker.demir@example.com");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
        try
        {
            var later = await ReceiveAsync(_desk, "Nobody answered the phone.", email: "ILKER.Demir@Example.COM");

            Assert.Equal([(earlier, SameEmail)], await OfAsync(_desk, later));
            Assert.Equal([(later, SameEmail)], await OfAsync(_desk, earlier));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task Lists_an_open_complaint_from_the_same_phone_compared_by_its_digits()
    {
        var earlier = await ReceiveAsync(_desk, "The shop was closed.", phone: "+90 532 111 22 33");
        var later = await ReceiveAsync(_desk, "Nobody answered the phone.", phone: "905321112233");
        await ReceiveAsync(_desk, "The bill is wrong.", phone: "+90 532 111 22 34");

        Assert.Equal([(earlier, SamePhone)], await OfAsync(_desk, later));
    }

    [Fact]
    public async Task Lists_a_near_copy_of_the_words_as_similar_text()
    {
        var earlier = await ReceiveAsync(_desk, Parcel, email: "one@example.com");
        var later = await ReceiveAsync(_desk, ParcelRetold, email: "two@example.com");

        Assert.Equal([(earlier, SimilarText)], await OfAsync(_desk, later));
    }

    [Fact]
    public async Task Does_not_list_an_unrelated_text_that_shares_some_of_its_words()
    {
        await ReceiveAsync(_desk, Invoice, email: "one@example.com");
        var later = await ReceiveAsync(_desk, Parcel, email: "two@example.com");

        Assert.Empty(await OfAsync(_desk, later));
    }

    [Fact]
    public async Task Lists_each_complaint_once_for_its_strongest_reason()
    {
        var bothContacts = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com", phone: "+90 532 111 22 33");
        var phoneAndText = await ReceiveAsync(_desk, Parcel, phone: "+90 532 111 22 33");
        var textOnly = await ReceiveAsync(_desk, ParcelRetold, email: "other@example.com");
        var later = await ReceiveAsync(_desk, Parcel, email: "DENIZ@example.com", phone: "90 532 111 22 33");

        Assert.Equal([(bothContacts, SameEmail), (phoneAndText, SamePhone), (textOnly, SimilarText)], await OfAsync(_desk, later));
    }

    [Fact]
    public async Task Leaves_out_complaints_received_more_than_30_days_ago()
    {
        var old = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");
        _desk.Time.Advance(TimeSpan.FromDays(29));
        var recent = await ReceiveAsync(_desk, "Nobody answered.", email: "deniz@example.com");
        _desk.Time.Advance(TimeSpan.FromDays(2));
        var later = await ReceiveAsync(_desk, "Still nobody answers.", email: "deniz@example.com");

        Assert.Equal([(recent, SameEmail)], await OfAsync(_desk, later));
        Assert.DoesNotContain(old, (await OfAsync(_desk, later)).Select(d => d.Reference));
    }

    [Fact]
    public async Task Leaves_out_closed_withdrawn_and_merged_complaints_and_the_complaint_itself()
    {
        var closed = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");
        await CloseAsync(_desk, closed, null);
        var withdrawn = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");
        await _desk.Workflow.ApplyAsync(withdrawn, _desk.Handler, null, new WithdrawCommand("Called it off."), CancellationToken.None);
        var open = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");
        var merged = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");
        await MergeAsync(_desk, merged, open);
        var later = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com");

        Assert.Equal([(open, SameEmail)], await OfAsync(_desk, later));
        Assert.Equal([(later, SameEmail)], await OfAsync(_desk, open));
    }

    [Fact]
    public async Task Shows_roles_that_may_not_see_personal_data_only_similar_text()
    {
        var sameEmail = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");
        var samePhone = await ReceiveAsync(_desk, "Nobody answered.", phone: "+90 532 111 22 33");
        var similar = await ReceiveAsync(_desk, ParcelRetold, email: "other@example.com");
        var later = await ReceiveAsync(_desk, Parcel, email: "deniz@example.com", phone: "905321112233");

        Assert.Equal([(sameEmail, SameEmail), (samePhone, SamePhone), (similar, SimilarText)], await OfAsync(_desk, later, PrivacyDesk.Supervisor));
        Assert.Equal([(similar, SimilarText)], await OfAsync(_desk, later, PrivacyDesk.Quality));
        Assert.Equal([(similar, SimilarText)], await OfAsync(_desk, later, PrivacyDesk.Administrator));
    }

    [Fact]
    public async Task Finds_at_intake_by_what_was_typed_what_it_finds_by_reference()
    {
        var sameEmail = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");
        var similar = await ReceiveAsync(_desk, ParcelRetold, email: "other@example.com");

        Assert.Equal(
            [(sameEmail, SameEmail), (similar, SimilarText)],
            await AtIntakeAsync(_desk, new DuplicateProbe(" Deniz@Example.com ", null, Parcel)));
        Assert.Equal([(similar, SimilarText)], await AtIntakeAsync(_desk, new DuplicateProbe("deniz@example.com", null, Parcel), PrivacyDesk.Quality));
        Assert.Empty(await AtIntakeAsync(_desk, new DuplicateProbe(null, "  ", "")));
    }

    [Fact]
    public async Task Answers_an_unknown_reference_as_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => OfAsync(_desk, "CMP-2026-999999"));
    }
}
