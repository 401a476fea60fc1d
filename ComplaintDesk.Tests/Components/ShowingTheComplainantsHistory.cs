using System.Text.RegularExpressions;
using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Tests.Components;

/// <summary>The complainant's other complaints on the complaint page, only for roles that may see personal data.</summary>
public sealed class ShowingTheComplainantsHistory : ComplaintPageContext
{
    public ShowingTheComplainantsHistory() =>
        Duplicates.History[ComplaintDetailsBuilder.Reference] =
        [
            new ComplainantHistoryEntry("CMP-2026-000030", ComplaintDetailsBuilder.ReceivedAt.AddDays(-3), ComplaintStatus.InInvestigation, null, null),
            new ComplainantHistoryEntry("CMP-2025-000100", ComplaintDetailsBuilder.ReceivedAt.AddYears(-1), ComplaintStatus.Closed, ClosingOutcome.Accepted, 4),
        ];

    [Fact]
    public void Lists_each_with_its_reference_received_date_status_outcome_and_satisfaction()
    {
        SignInAs(DeskPerson.Handler);

        var page = Open(new ComplaintDetailsBuilder().Build());

        var rows = page.FindAll("#complainant-history [data-history]")
            .Select(r => (
                r.QuerySelector("a")!.TextContent.Trim(),
                r.QuerySelector("[data-status]")!.TextContent.Trim(),
                Regex.Replace(r.QuerySelector("[data-history-details]")!.TextContent, @"\s+", " ").Trim()))
            .ToList();
        Assert.Equal(
            [
                ("CMP-2026-000030", "In investigation", "Received 27 Feb, 09:00"),
                ("CMP-2025-000100", "Closed", "Received 2 Mar, 09:00 · Accepted · satisfaction 4/5"),
            ],
            rows);
    }

    [Fact]
    public void Says_kindly_when_there_is_no_other()
    {
        SignInAs(DeskPerson.Supervisor);
        Duplicates.History.Clear();

        var page = Open(new ComplaintDetailsBuilder().Build());

        Assert.Equal("This is the only complaint we have from this complainant so far.", page.Find("#no-history").TextContent.Trim());
    }

    [Theory]
    [InlineData("quality@demo.local")]
    [InlineData("admin@demo.local")]
    public void Is_not_shown_to_roles_that_may_not_see_personal_data(string email)
    {
        SignInAs(new[] { DeskPerson.QualityManager, DeskPerson.Administrator }.Single(p => p.Email == email));

        var page = Open(new ComplaintDetailsBuilder().WithoutComplainant().Build());

        Assert.Empty(page.FindAll("#complainant-history"));
    }
}
