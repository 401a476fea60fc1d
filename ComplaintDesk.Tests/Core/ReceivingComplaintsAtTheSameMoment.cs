using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Tests.Core;

/// <summary>Complaints received at the same moment each get a reference of their own, and every one is kept.</summary>
public class ReceivingComplaintsAtTheSameMoment : IAsyncLifetime
{
    private const int AtOnce = 12;

    private readonly CoreDesk _desk;

    public ReceivingComplaintsAtTheSameMoment()
        : this(new SqliteDesk())
    {
    }

    protected ReceivingComplaintsAtTheSameMoment(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Each_gets_the_next_reference_of_the_year_and_none_is_lost()
    {
        await _desk.Workflow.ReceiveAsync(NewComplaints.ByEmail(), _desk.Handler, CancellationToken.None);

        var received = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ =>
            Task.Run(() => _desk.Workflow.ReceiveAsync(NewComplaints.ByEmail(), _desk.Handler, CancellationToken.None))));

        var references = received.Select(c => c.Reference).Order().ToList();
        Assert.Equal(AtOnce, references.Distinct().Count());
        await using var db = _desk.NewContext();
        Assert.Equal(AtOnce + 1, await db.Complaints.CountAsync());
        Assert.Equal(Enumerable.Range(2, AtOnce).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), references.Select(r => r[^6..]));
    }
}
