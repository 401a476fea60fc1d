using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using ComplaintDesk.Web.RealTime;

namespace ComplaintDesk.Tests.Components;

/// <summary>Every live screen hears the desk the same way: at once when quiet, a burst coalesced, failures shown and recovered.</summary>
public sealed class RefreshingALiveScreen : DeskPageContext
{
    [Fact]
    public async Task The_first_change_after_a_quiet_spell_is_shown_at_once()
    {
        var screen = Render<LiveProbe>();

        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 2)));

        var batch = Assert.Single(screen.Instance.Batches);
        Assert.Equal("CMP-2026-000001", Assert.Single(batch.Complaints).Reference);
    }

    [Fact]
    public async Task A_burst_is_shown_in_one_refresh_after_the_spacing()
    {
        var screen = Render<LiveProbe>();
        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 2)));

        for (var version = 3; version <= 12; version++)
        {
            var heard = ChangeTo("CMP-2026-000001", version);
            await screen.InvokeAsync(() => Events.OnComplaintChanged(heard));
        }

        Assert.Single(screen.Instance.Batches);
        Time.Advance(LiveComponent.RefreshSpacing);
        screen.WaitForAssertion(() => Assert.Equal(2, screen.Instance.Batches.Count));
        Assert.Equal(Enumerable.Range(3, 10), screen.Instance.Batches[1].Complaints.Select(c => c.Version));
    }

    [Fact]
    public async Task Changes_the_screen_does_not_show_cost_it_nothing()
    {
        var screen = Render<LiveProbe>(p => p.Add(s => s.WantedReference, "CMP-2026-000001"));

        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000002", 2)));
        await screen.InvokeAsync(() => Events.OnAlertRaised(new AlertRowBuilder(1, "CMP-2026-000001").Build().Alert));

        Assert.Empty(screen.Instance.Batches);
    }

    [Fact]
    public async Task A_failed_refresh_is_shown_until_the_next_one_succeeds()
    {
        var screen = Render<LiveProbe>();
        screen.Instance.FailNext = true;

        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 2)));
        screen.WaitForAssertion(() => Assert.Equal("yes", screen.Find("p").GetAttribute("data-failed")));

        Time.Advance(LiveComponent.RefreshSpacing);
        await screen.InvokeAsync(Events.OnReconnected);

        screen.WaitForAssertion(() => Assert.Equal("no", screen.Find("p").GetAttribute("data-failed")));
        Assert.True(screen.Instance.Batches[^1].Reconnected);
    }

    [Fact]
    public async Task A_screen_closed_before_its_refresh_hears_nothing_more()
    {
        var screen = Render<LiveProbe>();
        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 2)));
        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 3)));

        screen.Instance.Dispose();
        Time.Advance(LiveComponent.RefreshSpacing);
        await screen.InvokeAsync(() => Events.OnComplaintChanged(ChangeTo("CMP-2026-000001", 4)));

        Assert.Single(screen.Instance.Batches);
    }

    private static ComplaintChange ChangeTo(string reference, int version) =>
        new(reference, ComplaintStatus.InInvestigation, Priority.High, null, 0, version, ComplaintMove.Assign);
}
