using System.Globalization;
using Bunit;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Display;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The clock chip: plain markup showing the reading Core made (state, business time left or overdue), handing the
/// browser what it needs to tick a clock that is counting.
/// </summary>
public sealed class ShowingAClock : DeskComponentContext
{
    private static readonly DateTimeOffset _readAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(3));
    private static readonly TimeSpan _target = TimeSpan.FromHours(9);

    private static SlaClock Clock(ClockState state, TimeSpan elapsed, bool paused = false, DateTimeOffset? countsUntil = null) =>
        new(ClockKind.Acknowledge, _target, _readAt.AddHours(1), _readAt, state, TimeSpan.Zero,
            state is ClockState.Met or ClockState.MetLate ? _readAt : null, elapsed)
        {
            Paused = paused,
            ReadAt = _readAt,
            CountsUntil = countsUntil,
        };

    private IRenderedComponent<ClockChip> Show(SlaClock clock, string? label = null) =>
        Render<ClockChip>(p => p.Add(c => c.Clock, clock).Add(c => c.Label, label));

    [Fact]
    public void A_running_clock_says_how_much_business_time_is_left_and_hands_the_browser_its_reading()
    {
        var chip = Show(Clock(ClockState.Running, TimeSpan.FromHours(6.75), countsUntil: _readAt.AddHours(6)), "Ack");

        var figure = chip.Find(".desk-clock__figure");
        Assert.Equal("2h 15m left", figure.TextContent);
        Assert.Equal(TimeSpan.FromHours(2.25).TotalMilliseconds.ToString(CultureInfo.InvariantCulture), figure.GetAttribute("data-left-ms"));
        Assert.Equal(_readAt, DateTimeOffset.Parse(figure.GetAttribute("data-read-at")!, CultureInfo.InvariantCulture));
        Assert.Equal(_readAt.AddHours(6), DateTimeOffset.Parse(figure.GetAttribute("data-counts-until")!, CultureInfo.InvariantCulture));
        Assert.Equal("Ack", chip.Find(".desk-clock__label").TextContent);
    }

    [Fact]
    public void A_running_clock_hands_the_browser_the_instant_Core_turns_it_to_warning()
    {
        var clock = Clock(ClockState.Running, TimeSpan.FromHours(6.75), countsUntil: _readAt.AddHours(6)) with { WarningAt = _readAt.AddMinutes(15) };

        var figure = Show(clock).Find(".desk-clock__figure");

        Assert.Equal(_readAt.AddMinutes(15), DateTimeOffset.Parse(figure.GetAttribute("data-warns-at")!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(ClockState.Warning, false)]
    [InlineData(ClockState.Breached, false)]
    [InlineData(ClockState.Paused, true)]
    [InlineData(ClockState.MetLate, false)]
    public void A_clock_past_its_warning_or_not_running_has_no_warning_instant_to_hand_on(ClockState state, bool paused)
    {
        var figure = Show(Clock(state, TimeSpan.FromHours(10), paused, _readAt.AddHours(6))).Find(".desk-clock__figure");

        Assert.False(figure.HasAttribute("data-warns-at"));
    }

    [Fact]
    public void In_the_last_hour_the_figure_shows_seconds()
    {
        var chip = Show(Clock(ClockState.Warning, _target - TimeSpan.FromSeconds(42 * 60 + 10), countsUntil: _readAt.AddHours(6)));

        Assert.Equal("42m 10s left", chip.Find(".desk-clock__figure").TextContent);
    }

    [Fact]
    public void A_clock_that_breached_and_was_paused_says_so_with_its_business_time_overdue_and_does_not_tick()
    {
        var chip = Show(Clock(ClockState.Breached, _target + TimeSpan.FromHours(3), paused: true));

        Assert.Equal("Breached · paused", chip.Find(".desk-clock__state").TextContent);
        var figure = chip.Find(".desk-clock__figure");
        Assert.Equal("3h 0m overdue", figure.TextContent);
        Assert.False(figure.HasAttribute("data-counts-until"));
        Assert.Equal("true", chip.Find(".desk-clock").GetAttribute("data-paused"));
    }

    [Fact]
    public void A_long_overdue_counts_business_hours_not_days()
    {
        var chip = Show(Clock(ClockState.Breached, _target + TimeSpan.FromHours(26.5), countsUntil: _readAt.AddHours(6)));

        Assert.Equal(("Breached", "26h 30m overdue"), (chip.Find(".desk-clock__state").TextContent, chip.Find(".desk-clock__figure").TextContent));
    }

    [Theory]
    [InlineData(ClockState.Paused, 6, "Paused", "3h 0m left")]
    [InlineData(ClockState.MetLate, 10, "Met late", "1h 0m overdue")]
    public void A_paused_or_late_clock_names_its_state_beside_its_figure(ClockState state, double elapsedHours, string words, string figure)
    {
        var chip = Show(Clock(state, TimeSpan.FromHours(elapsedHours), paused: state is ClockState.Paused));

        Assert.Equal((words, figure), (chip.Find(".desk-clock__state").TextContent, chip.Find(".desk-clock__figure").TextContent));
    }

    [Fact]
    public void A_clock_met_in_time_says_met_and_nothing_more()
    {
        var chip = Show(Clock(ClockState.Met, TimeSpan.FromHours(2)));

        Assert.Equal("Met", chip.Find(".desk-clock").TextContent.Trim());
        Assert.Empty(chip.FindAll(".desk-clock__figure"));
    }

    [Theory]
    [InlineData(ClockState.Running, false, "desk-clock--running")]
    [InlineData(ClockState.Warning, false, "desk-clock--warning")]
    [InlineData(ClockState.Breached, false, "desk-clock--breached")]
    [InlineData(ClockState.Breached, true, "desk-clock--breached desk-clock--paused")]
    [InlineData(ClockState.Paused, true, "desk-clock--paused")]
    [InlineData(ClockState.Met, false, "desk-clock--met")]
    [InlineData(ClockState.MetLate, false, "desk-clock--metlate")]
    public void Is_plain_markup_coloured_by_classes_for_its_state(ClockState state, bool paused, string classes)
    {
        var chip = Show(Clock(state, TimeSpan.FromHours(1), paused));

        Assert.Empty(chip.FindComponents<MudChip<string>>());
        var root = chip.Find("span.desk-clock");
        Assert.Equal(["desk-clock", .. classes.Split(' ')], root.ClassList.ToArray());
    }
}
