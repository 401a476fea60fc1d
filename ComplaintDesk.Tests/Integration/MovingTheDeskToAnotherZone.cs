using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary><c>Desk:TimeZone</c> is stored with the calendar on the first start; administrators change it with the calendar.</summary>
public sealed class MovingTheDeskToAnotherZone : IAsyncLifetime
{
    // Monday 4 January 2027, 09:00 in Istanbul (07:00 in Berlin).
    private static readonly DateTimeOffset MondayOpeningInIstanbul = new(2027, 1, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly Actor Administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    private readonly SqliteDesk _desk = new();

    private DeskTimeZone DeskZone => _desk.Services.GetRequiredService<DeskTimeZone>();

    public async Task InitializeAsync()
    {
        await _desk.InitializeAsync();
        _desk.Time.SetUtcNow(MondayOpeningInIstanbul);
    }

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Fact]
    public async Task Moving_to_Berlin_moves_the_business_day_the_open_deadlines_and_the_desks_zone()
    {
        Assert.Equal("Europe/Istanbul", _desk.Settings.CalendarOptions.TimeZone);
        var reference = (await _desk.Workflow.ReceiveAsync(
            NewComplaints.ByEmail(),
            _desk.Handler, CancellationToken.None)).Reference;
        var announced = new List<string>();
        DeskZone.Changed += zone => announced.Add(zone.Id);

        await _desk.Settings.ChangeAsync(Calendar("Europe/Berlin"), _desk.Settings.SlaOptions, Administrator, CancellationToken.None);

        Assert.Equal(("Europe/Berlin", "Europe/Berlin"), (_desk.Settings.Calendar.Zone.Id, DeskZone.Zone.Id));
        Assert.Equal(["Europe/Berlin"], announced);
        // Medium's 9 h acknowledge target now runs 09:00–18:00 Berlin time: due at 17:00 UTC, not 15:00.
        var moved = await _desk.Services.GetRequiredService<IComplaintQueries>()
            .GetAsync(reference, _desk.Handler, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 17, 0, 0, TimeSpan.Zero), moved.Clocks.Single(c => c.Kind == ClockKind.Acknowledge).Deadline);

        await _desk.Settings.LoadAsync(CancellationToken.None);
        Assert.Equal("Europe/Berlin", _desk.Settings.CalendarOptions.TimeZone);
    }

    [Fact]
    public async Task A_zone_the_server_does_not_know_is_refused_and_changes_nothing()
    {
        var refusal = await Assert.ThrowsAsync<InvalidInputException>(
            () => _desk.Settings.ChangeAsync(Calendar("Mars/Olympus_Mons"), _desk.Settings.SlaOptions, Administrator, CancellationToken.None));

        Assert.Equal(["calendar.timeZone"], refusal.Errors.Keys);
        Assert.Equal(("Europe/Istanbul", "Europe/Istanbul"), (_desk.Settings.CalendarOptions.TimeZone, DeskZone.Zone.Id));
    }

    private CalendarOptions Calendar(string zone)
    {
        var current = _desk.Settings.CalendarOptions;
        return new CalendarOptions { TimeZone = zone, WorkingDays = current.WorkingDays, Start = current.Start, End = current.End, Holidays = current.Holidays };
    }
}
