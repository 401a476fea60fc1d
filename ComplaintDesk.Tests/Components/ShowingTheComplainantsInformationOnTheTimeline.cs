using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Messages;

namespace ComplaintDesk.Tests.Components;

/// <summary>What the complainant added through their status link reads on the timeline as theirs, and as text, never markup.</summary>
public sealed class ShowingTheComplainantsInformationOnTheTimeline : ComplaintPageContext
{
    [Fact]
    public void The_entry_names_the_complainant_and_shows_their_words_as_written()
    {
        SignInAs(DeskPerson.Handler);
        var complaint = new ComplaintDetailsBuilder().InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email).Build();
        var information = new TimelineEntry(
            ComplaintDetailsBuilder.ReceivedAt.AddDays(1), Actor.Complainant.Email, ComplaintMove.ComplainantInformation, "7.6",
            ComplaintStatus.AwaitingComplainant, ComplaintStatus.InInvestigation, DeskMessage.Of(EventKeys.ComplainantInformationResumed), "<b>Receipt</b> attached");

        var page = Open(complaint with { Timeline = [.. complaint.Timeline, information] });

        var entry = page.WaitForElement("#complaint-timeline .mud-timeline-item");
        Assert.Contains("The complainant", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Information added by the complainant; investigation resumed", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>Receipt</b> attached", entry.TextContent, StringComparison.Ordinal);
        Assert.Empty(entry.QuerySelectorAll("b"));
    }
}
