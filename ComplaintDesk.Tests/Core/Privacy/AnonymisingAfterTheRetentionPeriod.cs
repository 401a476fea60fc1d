using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Privacy;

/// <summary>ISO 10002 4.10: the retention run erases complainants' personal data 730 days (the default) after a complaint finished.</summary>
public class AnonymisingAfterTheRetentionPeriod : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public AnonymisingAfterTheRetentionPeriod()
        : this(new SqliteDesk())
    {
    }

    protected AnonymisingAfterTheRetentionPeriod(CoreDesk desk) => _desk = desk;

    private IPersonalDataErasure Erasure => _desk.Services.GetRequiredService<IPersonalDataErasure>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task A_complaint_finished_731_days_ago_is_anonymised_and_one_finished_729_days_ago_or_still_open_is_not()
    {
        var closed = await PrivacyDesk.ClosedAsync(_desk);
        var withdrawn = await PrivacyDesk.WithdrawnAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(2));
        var closedLater = await PrivacyDesk.ClosedAsync(_desk);
        var open = await PrivacyDesk.ReceivedAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(729));

        var anonymised = await Erasure.AnonymiseExpiredAsync(CancellationToken.None);

        Assert.Equal(2, anonymised);
        await using var db = _desk.NewContext();
        var people = await db.Complaints.AsNoTracking().Include(c => c.Complainant).ToDictionaryAsync(c => c.Reference, c => c.Complainant);
        foreach (var reference in new[] { closed, withdrawn })
        {
            var person = people[reference];
            Assert.Equal((Complainant.AnonymisedName, null, null, null, _desk.Time.GetUtcNow()), (person.Name, person.Email, person.Phone, person.PostalAddress, person.AnonymisedAt));
        }

        foreach (var reference in new[] { closedLater, open })
        {
            Assert.Equal((PrivacyDesk.Name, PrivacyDesk.Email, PrivacyDesk.Phone, PrivacyDesk.PostalAddress, (DateTimeOffset?)null),
                (people[reference].Name, people[reference].Email, people[reference].Phone, people[reference].PostalAddress, people[reference].AnonymisedAt));
        }
    }

    [Fact]
    public async Task The_complaint_keeps_its_state_and_timeline_and_gains_an_event_without_the_data()
    {
        var reference = await PrivacyDesk.ClosedAsync(_desk);
        var before = await ReadAsync(reference);
        _desk.Time.Advance(TimeSpan.FromDays(731));

        await Erasure.AnonymiseExpiredAsync(CancellationToken.None);

        var after = await ReadAsync(reference);
        Assert.Equal((ComplaintStatus.Closed, before.Version + 1, before.Timeline.Count + 1), (after.Status, after.Version, after.Timeline.Count));
        var recorded = after.Timeline.OrderBy(e => e.Id).Last();
        Assert.Equal(
            (ComplaintMove.AnonymisePersonalData, "4.10", "ComplaintDesk", ComplaintStatus.Closed, ComplaintStatus.Closed),
            (recorded.Move, recorded.Clause, recorded.ActorEmail, recorded.FromStatus, recorded.ToStatus));
        Assert.StartsWith("Personal data anonymised", InEnglish.Word(recorded.What), StringComparison.Ordinal);
        foreach (var text in after.Timeline.SelectMany(e => new[] { InEnglish.Word(e.What), e.Text ?? "" }))
        {
            Assert.DoesNotContain(PrivacyDesk.Name, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PrivacyDesk.Email, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(PrivacyDesk.Phone, text, StringComparison.OrdinalIgnoreCase);
        }

        var change = _desk.Notifier.Changes.Last();
        Assert.Equal((reference, after.Version, ComplaintMove.AnonymisePersonalData), (change.Reference, change.Version, change.LastMove));
    }

    [Fact]
    public async Task Each_anonymisation_is_an_access_record_of_the_desk_itself()
    {
        var reference = await PrivacyDesk.ClosedAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(731));

        await Erasure.AnonymiseExpiredAsync(CancellationToken.None);

        await using var db = _desk.NewContext();
        var recorded = Assert.Single(await db.PersonalDataAccesses.ToListAsync());
        Assert.Equal(
            ("desk", "ComplaintDesk", null, PersonalDataAction.Anonymise, reference, _desk.Time.GetUtcNow(), DeskMessage.Of(PrivacyKeys.Retention, 730)),
            (recorded.UserId, recorded.UserEmail, recorded.Role, recorded.Action, recorded.Reference, recorded.At, StoredMessage.Read(recorded.Message!)));
    }

    [Fact]
    public async Task A_second_run_changes_nothing()
    {
        var reference = await PrivacyDesk.ClosedAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(731));
        await Erasure.AnonymiseExpiredAsync(CancellationToken.None);
        var first = await ReadAsync(reference);
        var announced = _desk.Notifier.Changes.Count;
        _desk.Time.Advance(TimeSpan.FromDays(1));

        var anonymised = await Erasure.AnonymiseExpiredAsync(CancellationToken.None);

        var second = await ReadAsync(reference);
        Assert.Equal(0, anonymised);
        Assert.Equal((first.Version, first.Timeline.Count, first.Complainant.AnonymisedAt), (second.Version, second.Timeline.Count, second.Complainant.AnonymisedAt));
        Assert.Equal(announced, _desk.Notifier.Changes.Count);
        await using var db = _desk.NewContext();
        Assert.Single(await db.PersonalDataAccesses.ToListAsync());
    }

    [Fact]
    public async Task An_erasure_request_on_an_already_anonymised_complaint_is_refused_and_writes_nothing()
    {
        var reference = await PrivacyDesk.ClosedAsync(_desk);
        _desk.Time.Advance(TimeSpan.FromDays(731));
        await Erasure.AnonymiseExpiredAsync(CancellationToken.None);
        var before = await ReadAsync(reference);

        var refused = await Assert.ThrowsAsync<ComplaintDesk.Core.Common.MoveRefusedException>(
            () => Erasure.AnonymiseAsync(reference, "The complainant asked again.", PrivacyDesk.Administrator, CancellationToken.None));

        Assert.Contains("already anonymised", InEnglish.Word(refused), StringComparison.Ordinal);
        var after = await ReadAsync(reference);
        Assert.Equal((before.Version, before.Timeline.Count), (after.Version, after.Timeline.Count));
    }

    private async Task<Complaint> ReadAsync(string reference)
    {
        await using var db = _desk.NewContext();
        return await db.Complaints.AsNoTracking().Include(c => c.Complainant).Include(c => c.Timeline)
            .SingleAsync(c => c.Reference == reference);
    }
}
