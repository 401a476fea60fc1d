using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Web.Components.Display;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>The clock chip: coloured by the state the server worked out, counting down from the deadline it sent.</summary>
public sealed class ShowingAClock : DeskComponentContext
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(3));

    public ShowingAClock()
    {
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(_now));
        Services.AddSingleton(new DeskTimeZone(Options.Create(new DeskOptions())));
    }

    [Fact]
    public void A_running_clock_says_how_long_is_left_and_hands_its_deadline_to_the_browser()
    {
        var chip = Render<ClockChip>(p => p
            .Add(c => c.State, ClockState.Running)
            .Add(c => c.Deadline, _now.AddHours(2).AddMinutes(15))
            .Add(c => c.Label, "Ack"));

        var countdown = chip.Find("[data-deadline]");
        Assert.Equal("2h 15m left", countdown.TextContent);
        Assert.Equal(_now.AddHours(2).AddMinutes(15), DateTimeOffset.Parse(countdown.GetAttribute("data-deadline")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Ack", chip.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClockState.Running, Color.Info)]
    [InlineData(ClockState.Warning, Color.Warning)]
    [InlineData(ClockState.Breached, Color.Error)]
    [InlineData(ClockState.MetLate, Color.Error)]
    [InlineData(ClockState.Met, Color.Success)]
    [InlineData(ClockState.Paused, Color.Default)]
    public void Is_coloured_by_its_state(ClockState state, Color color)
    {
        var chip = Render<ClockChip>(p => p.Add(c => c.State, state).Add(c => c.Deadline, _now.AddHours(1)));

        Assert.Equal(color, chip.FindComponent<MudChip<string>>().Instance.Color);
    }

    [Fact]
    public void A_breached_clock_says_how_long_it_is_overdue()
    {
        var chip = Render<ClockChip>(p => p.Add(c => c.State, ClockState.Breached).Add(c => c.Deadline, _now.AddDays(-2).AddHours(-3)));

        Assert.Equal("2d 3h overdue", chip.Find("[data-deadline]").TextContent);
    }

    [Theory]
    [InlineData(ClockState.Paused, "paused")]
    [InlineData(ClockState.Met, "met")]
    [InlineData(ClockState.MetLate, "met late")]
    public void A_paused_or_stopped_clock_has_no_countdown(ClockState state, string text)
    {
        var chip = Render<ClockChip>(p => p.Add(c => c.State, state).Add(c => c.Deadline, _now.AddHours(1)));

        Assert.Empty(chip.FindAll("[data-deadline]"));
        Assert.Contains(text, chip.Find(".mud-chip").TextContent, StringComparison.Ordinal);
    }
}
