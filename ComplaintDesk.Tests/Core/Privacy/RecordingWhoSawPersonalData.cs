using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Privacy;

/// <summary>ISO 10002 4.10, Annex D.4: a person shown a complainant's data is recorded once per complaint and ten minutes.</summary>
public class RecordingWhoSawPersonalData : IAsyncLifetime
{
    private readonly CoreDesk _desk;

    public RecordingWhoSawPersonalData()
        : this(new SqliteDesk())
    {
    }

    protected RecordingWhoSawPersonalData(CoreDesk desk) => _desk = desk;

    private IPersonalDataLog Log => _desk.Services.GetRequiredService<IPersonalDataLog>();

    private IComplaintQueries Queries => _desk.Services.GetRequiredService<IComplaintQueries>();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Showing_the_same_complaint_again_within_ten_minutes_adds_no_record_and_after_them_adds_one()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        var shown = await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None);

        await Log.RecordShownAsync(shown, _desk.Handler, CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromMinutes(9));
        await Log.RecordShownAsync(shown, _desk.Handler, CancellationToken.None);
        Assert.Single(await RecordsAsync());
        _desk.Time.Advance(TimeSpan.FromMinutes(1));
        await Log.RecordShownAsync(shown, _desk.Handler, CancellationToken.None);

        var records = await RecordsAsync();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(
            ("h1", "handler@demo.local", "Handler", PersonalDataAction.View, reference),
            (r.UserId, r.UserEmail, r.Role, r.Action, r.Reference)));
    }

    [Fact]
    public async Task Another_person_or_another_complaint_is_a_record_of_its_own()
    {
        var first = await PrivacyDesk.ReceivedAsync(_desk);
        var second = await PrivacyDesk.ReceivedAsync(_desk);

        await Log.RecordShownAsync(await Queries.GetAsync(first, _desk.Handler, CancellationToken.None), _desk.Handler, CancellationToken.None);
        await Log.RecordShownAsync(await Queries.GetAsync(second, _desk.Handler, CancellationToken.None), _desk.Handler, CancellationToken.None);
        await Log.RecordShownAsync(await Queries.GetAsync(first, PrivacyDesk.Supervisor, CancellationToken.None), PrivacyDesk.Supervisor, CancellationToken.None);

        Assert.Equal(
            [(first, "Handler"), (second, "Handler"), (first, "Supervisor")],
            (await RecordsAsync()).Select(r => (r.Reference!, r.Role!)));
    }

    [Fact]
    public async Task A_masked_view_or_an_anonymised_complainant_is_no_access()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        var masked = await Queries.GetAsync(reference, PrivacyDesk.Quality, CancellationToken.None);
        Assert.Null(masked.Complainant);
        await Log.RecordShownAsync(masked, PrivacyDesk.Quality, CancellationToken.None);
        var erasure = _desk.Services.GetRequiredService<IPersonalDataErasure>();
        await erasure.AnonymiseAsync(reference, "The complainant asked for erasure.", PrivacyDesk.Administrator, CancellationToken.None);
        _desk.Time.Advance(TimeSpan.FromHours(1));

        var anonymised = await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None);
        await Log.RecordShownAsync(anonymised, _desk.Handler, CancellationToken.None);

        Assert.Equal(PersonalDataAction.Anonymise, Assert.Single(await RecordsAsync()).Action);
    }

    [Fact]
    public async Task A_person_with_two_roles_is_recorded_under_the_stronger_one_that_may_see_the_data()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        var both = _desk.Handler with { Roles = new HashSet<ComplaintDesk.Core.Common.DeskRole> { ComplaintDesk.Core.Common.DeskRole.Handler, ComplaintDesk.Core.Common.DeskRole.Supervisor } };

        await Log.RecordShownAsync(await Queries.GetAsync(reference, both, CancellationToken.None), both, CancellationToken.None);

        Assert.Equal("Supervisor", Assert.Single(await RecordsAsync()).Role);
    }

    [Fact]
    public async Task An_access_record_can_be_neither_changed_nor_deleted()
    {
        var reference = await PrivacyDesk.ReceivedAsync(_desk);
        await Log.RecordShownAsync(await Queries.GetAsync(reference, _desk.Handler, CancellationToken.None), _desk.Handler, CancellationToken.None);
        await using var db = _desk.NewContext();
        db.PersonalDataAccesses.Remove(await db.PersonalDataAccesses.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task<List<PersonalDataAccess>> RecordsAsync()
    {
        await using var db = _desk.NewContext();
        return await db.PersonalDataAccesses.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }
}
