using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using static ComplaintDesk.Tests.Core.Duplicates.DuplicateDesk;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>
/// The complainant's other complaints, of any age, by the same e-mail or phone, newest first, with how each ended;
/// only for roles that may see personal data.
/// </summary>
public sealed class ReadingTheComplainantsHistory : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    private IComplainantHistory History => _desk.Services.GetRequiredService<IComplainantHistory>();

    [Fact]
    public async Task Lists_their_other_complaints_of_any_age_by_email_or_phone_newest_first()
    {
        var byEmail = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");
        await CloseAsync(_desk, byEmail, 4);
        var byEmailAt = _desk.Time.GetUtcNow();
        _desk.Time.Advance(TimeSpan.FromDays(400));
        var byPhone = await ReceiveAsync(_desk, "Nobody answered.", phone: "+90 532 111 22 33");
        await ReceiveAsync(_desk, "Someone else's complaint.", email: "other@example.com", phone: "+90 532 111 22 34");
        _desk.Time.Advance(TimeSpan.FromDays(1));
        var current = await ReceiveAsync(_desk, "Still waiting.", email: "Deniz@Example.com", phone: "905321112233");

        var history = await History.OfComplaintAsync(current, _desk.Handler, CancellationToken.None);

        Assert.Equal(
            [
                new ComplainantHistoryEntry(byPhone, _desk.Time.GetUtcNow() - TimeSpan.FromDays(1), ComplaintStatus.Received, null, null),
                new ComplainantHistoryEntry(byEmail, byEmailAt, ComplaintStatus.Closed, ClosingOutcome.Accepted, 4),
            ],
            history);
    }

    [Fact]
    public async Task Is_empty_for_a_first_complaint()
    {
        await ReceiveAsync(_desk, "Someone else's complaint.", email: "other@example.com");
        var first = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");

        Assert.Empty(await History.OfComplaintAsync(first, _desk.Handler, CancellationToken.None));
    }

    [Fact]
    public async Task Is_refused_to_roles_that_may_not_see_personal_data()
    {
        var reference = await ReceiveAsync(_desk, "The shop was closed.", email: "deniz@example.com");

        await Assert.ThrowsAsync<NotPermittedException>(() => History.OfComplaintAsync(reference, PrivacyDesk.Quality, CancellationToken.None));
        await Assert.ThrowsAsync<NotPermittedException>(() => History.OfComplaintAsync(reference, PrivacyDesk.Administrator, CancellationToken.None));
    }
}
