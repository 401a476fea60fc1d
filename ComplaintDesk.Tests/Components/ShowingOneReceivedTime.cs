using System.Text.RegularExpressions;
using Bunit;
using static ComplaintDesk.Core.Complaints.ComplaintStatus;

namespace ComplaintDesk.Tests.Components;

/// <summary>A complaint page says once when the complaint was received; the timeline's first entry says when it was registered.</summary>
public sealed partial class ShowingOneReceivedTime : ComplaintPageContext
{
    public ShowingOneReceivedTime() => SignInAs(DeskPerson.Handler);

    [Fact]
    public void The_page_says_received_once()
    {
        var page = Open(new ComplaintDetailsBuilder().InState(Assessed).AssignedTo(DeskPerson.Handler.Email).Build());
        page.WaitForElement("#complaint-description");
        var text = string.Concat(page.Nodes.Select(node => node.TextContent));

        Assert.Single(Received().Matches(text));
    }

    [Fact]
    public void The_timeline_calls_its_first_entry_the_registration()
    {
        var page = Open(new ComplaintDetailsBuilder().InState(Assessed).AssignedTo(DeskPerson.Handler.Email).Build());

        Assert.Equal("Registered on the desk", page.FindAll("#complaint-timeline .mud-typography-subtitle2")[^1].TextContent.Trim());
    }

    [GeneratedRegex(@"\bReceived")]
    private static partial Regex Received();
}
