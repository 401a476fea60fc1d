using System.Globalization;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Audit;

/// <summary>
/// ISO 10002 8.4: an auditor draws finished complaints at random to review. The same seed over the same complaints
/// draws the same sample; only complaints closed or withdrawn in the days asked for are drawn; only auditors draw.
/// </summary>
public class DrawingASampleForReview : IAsyncLifetime
{
    private readonly CoreDesk _desk;
    private readonly List<string> _finished = [];

    public DrawingASampleForReview()
        : this(new SqliteDesk())
    {
    }

    protected DrawingASampleForReview(CoreDesk desk) => _desk = desk;

    private IAuditTrail Audit => _desk.Services.GetRequiredService<IAuditTrail>();

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        for (var i = 0; i < 8; i++)
        {
            _finished.Add(await PrivacyDesk.ClosedAsync(_desk));
        }

        _finished.Add(await PrivacyDesk.WithdrawnAsync(_desk));
        await PrivacyDesk.ReceivedAsync(_desk);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task The_same_seed_draws_the_same_finished_complaints_and_another_seed_another_sample()
    {
        var first = await Audit.SampleAsync(new AuditSearch(), 4, 1234, PrivacyDesk.Quality, CancellationToken.None);
        var again = await Audit.SampleAsync(new AuditSearch(), 4, 1234, PrivacyDesk.Quality, CancellationToken.None);
        var others = await Task.WhenAll(Enumerable.Range(1, 5).Select(seed => Audit.SampleAsync(new AuditSearch(), 4, seed, PrivacyDesk.Quality, CancellationToken.None)));

        Assert.Equal((1234, 9, 4), (first.Seed, first.Total, first.Items.Count));
        Assert.Equal(first.Items.Select(c => c.Reference), again.Items.Select(c => c.Reference));
        Assert.Equal(4, first.Items.Select(c => c.Reference).Distinct().Count());
        Assert.All(first.Items, c => Assert.Contains(c.Reference, _finished));
        Assert.Contains(others, sample => !sample.Items.Select(c => c.Reference).Order().SequenceEqual(first.Items.Select(c => c.Reference).Order()));
    }

    [Fact]
    public async Task A_sample_larger_than_what_matches_is_everything_that_matches_and_names_no_complainant()
    {
        var sample = await Audit.SampleAsync(new AuditSearch(), 50, null, PrivacyDesk.Administrator, CancellationToken.None);

        Assert.Equal(_finished.Order(), sample.Items.Select(c => c.Reference).Order());
        Assert.Contains(sample.Items, c => c.Outcome == ClosingOutcome.Accepted);
        Assert.Contains(sample.Items, c => c.Status == ComplaintStatus.Withdrawn);
        Assert.True(sample.Seed > 0);
    }

    [Fact]
    public async Task Only_complaints_finished_in_the_days_asked_for_are_drawn()
    {
        var now = TimeZoneInfo.ConvertTime(_desk.Time.GetUtcNow(), _desk.Services.GetRequiredService<DeskTimeZone>().Zone);
        var today = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = now.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var finishedToday = await Audit.SampleAsync(new AuditSearch(From: today, To: today), 50, 1, PrivacyDesk.Quality, CancellationToken.None);
        var finishedTomorrow = await Audit.SampleAsync(new AuditSearch(From: tomorrow), 50, 1, PrivacyDesk.Quality, CancellationToken.None);

        Assert.Equal(9, finishedToday.Total);
        Assert.Equal((0, 0), (finishedTomorrow.Total, finishedTomorrow.Items.Count));
    }

    [Fact]
    public async Task Bad_days_and_a_bad_size_are_refused_together()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(
            () => Audit.SampleAsync(new AuditSearch(From: "yesterday", To: "2026-13-40"), 500, null, PrivacyDesk.Quality, CancellationToken.None));

        Assert.Equal(["from", "size", "to"], refused.Errors.Keys.Order());
    }

    [Fact]
    public async Task A_size_out_of_range_is_a_field_error_and_only_auditors_draw()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Audit.SampleAsync(new AuditSearch(), 0, -1, PrivacyDesk.Quality, CancellationToken.None));

        Assert.Equal(["seed", "size"], refused.Errors.Keys.Order());
        await Assert.ThrowsAsync<NotPermittedException>(() => Audit.SampleAsync(new AuditSearch(), 0, 1, _desk.Handler, CancellationToken.None));
        await Assert.ThrowsAsync<NotPermittedException>(() => Audit.SampleAsync(new AuditSearch(), 5, 1, PrivacyDesk.Supervisor, CancellationToken.None));
    }
}
