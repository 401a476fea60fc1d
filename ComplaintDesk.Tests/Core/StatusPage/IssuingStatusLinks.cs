using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Tests.Core.Search;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core.StatusPage;

/// <summary>A complaint has one status link, random and URL-safe, that works until 90 days after closing.</summary>
public sealed class IssuingStatusLinks : IAsyncLifetime
{
    private readonly SqliteDesk _desk = new();

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public void A_token_is_24_URL_safe_characters_and_never_repeats()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => StatusTokens.New()).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{24}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_link_works_while_open_and_for_90_days_after_closing()
    {
        var closed = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.True(StatusTokens.Works(null, closed.AddYears(3)));
        Assert.True(StatusTokens.Works(closed, closed.AddDays(90).AddTicks(-1)));
        Assert.False(StatusTokens.Works(closed, closed.AddDays(90)));
    }

    [Fact]
    public async Task A_complaint_keeps_the_link_it_was_first_given()
    {
        var reference = await SearchDesk.ReceiveAsync(_desk, "The invoice is twice what was agreed.");
        var id = await ComplaintIdAsync(reference);

        string first;
        await using (var db = _desk.NewContext())
        {
            first = (await db.StatusLinkForAsync(id, _desk.Time.GetUtcNow(), CancellationToken.None)).Token;
            Assert.Equal(first, (await db.StatusLinkForAsync(id, _desk.Time.GetUtcNow(), CancellationToken.None)).Token);
            await db.SaveChangesAsync();
        }

        await using (var db = _desk.NewContext())
        {
            Assert.Equal(first, (await db.StatusLinkForAsync(id, _desk.Time.GetUtcNow(), CancellationToken.None)).Token);
            Assert.Equal(1, await db.StatusLinks.CountAsync(l => l.ComplaintId == id));
        }
    }

    private async Task<long> ComplaintIdAsync(string reference)
    {
        await using var db = _desk.NewContext();
        return await db.Complaints.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
