using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Notifications;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>An open complaint page follows the hub: it reloads only for a newer version of its own complaint.</summary>
public sealed class KeepingAComplaintPageCurrent : ComplaintPageContext
{
    public KeepingAComplaintPageCurrent() => SignInAs(DeskPerson.Handler);

    [Fact]
    public async Task Shows_the_newer_version_when_the_hub_says_it_changed()
    {
        var page = Open(new ComplaintDetailsBuilder().InState(Received).AssignedTo(DeskPerson.Handler.Email).AtVersion(3).Build());
        Queries.Holds(new ComplaintDetailsBuilder().InState(Acknowledged).AssignedTo(DeskPerson.Handler.Email).AtVersion(4).Build());

        await page.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(ComplaintDetailsBuilder.Reference, version: 4)));

        page.WaitForAssertion(() => Assert.Equal("Acknowledged", page.Find("#complaint-status").TextContent.Trim()));
        Assert.DoesNotContain("Acknowledge", MovesOn(page));
    }

    [Theory]
    [InlineData(ComplaintDetailsBuilder.Reference, 3)]
    [InlineData(ComplaintDetailsBuilder.Reference, 2)]
    [InlineData("CMP-2026-000099", 9)]
    public async Task Ignores_other_complaints_and_versions_it_already_shows(string reference, int version)
    {
        var page = Open(new ComplaintDetailsBuilder().AtVersion(3).Build());
        Assert.Equal(1, Queries.GetCalls);

        await page.InvokeAsync(() => Events.OnComplaintChanged(ChangeOf(reference, version)));

        Assert.Equal(1, Queries.GetCalls);
    }

    private static ComplaintChange ChangeOf(string reference, int version) =>
        new(reference, Acknowledged, Priority.Medium, DeskPerson.Handler.Email, 0, version, ComplaintMove.Acknowledge);
}
