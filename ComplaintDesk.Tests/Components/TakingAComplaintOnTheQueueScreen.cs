using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Tests.Localization;
using ComplaintDesk.Web.Features.Queue;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>A handler takes an unassigned complaint straight from the queue.</summary>
public sealed class TakingAComplaintOnTheQueueScreen : DeskPageContext
{
    public TakingAComplaintOnTheQueueScreen()
    {
        SignInAs(DeskPerson.Handler);
        Queries.Page = new Page<ComplaintSummary>(
        [
            new ComplaintSummaryBuilder("CMP-2026-000001").AtVersion(7).Build(),
            new ComplaintSummaryBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler2.Email).Build(),
            new ComplaintSummaryBuilder("CMP-2026-000003").AssignedTo(DeskPerson.Handler.Email).Build(),
            new ComplaintSummaryBuilder("CMP-2026-000004").About(DeskPerson.Handler.Email).Build(),
        ], 4);
    }

    [Fact]
    public void Offers_take_only_on_unassigned_rows_not_about_the_handler()
    {
        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Equal(4, queue.FindAll("a.desk-reference").Count));
        Assert.Equal(["CMP-2026-000001"], queue.FindAll("[data-take]").Select(b => b.GetAttribute("data-take")));
    }

    [Fact]
    public void Taking_assigns_the_row_to_the_handler_at_the_version_shown()
    {
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000001").AssignedTo(DeskPerson.Handler.Email).AtVersion(8).Build();
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("[data-take]")));

        queue.Find("[data-take='CMP-2026-000001']").Click();

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        var applied = Assert.Single(Workflow.Applied);
        Assert.Equal(("CMP-2026-000001", 7, new AssignCommand(DeskPerson.Handler.Email)),
            (applied.Reference, applied.ExpectedVersion, applied.Command));
        Assert.Equal(DeskPerson.Handler.Email, applied.Actor.Email);
    }

    [Fact]
    public void A_refused_take_says_why_and_shows_the_queue_as_it_now_is()
    {
        Workflow.Refusal = new StaleVersionException("CMP-2026-000001");
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("[data-take]")));

        queue.Find("[data-take='CMP-2026-000001']").Click();

        queue.WaitForAssertion(() => Assert.Equal(2, Queries.Searches.Count));
        var shown = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal((InEnglish.Word(Workflow.Refusal), Severity.Warning), (shown.Message, shown.Severity));
    }
}
