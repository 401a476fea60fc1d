using Bunit;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;

namespace ComplaintDesk.Tests.Components;

/// <summary>The queue names each assignee and flags complaints still held by someone whose account was taken away.</summary>
public sealed class FlaggingADeactivatedAssignee : DeskPageContext
{
    public FlaggingADeactivatedAssignee()
    {
        StaffNames.Deactivated.Add(DeskPerson.Handler2.Email);
        Queries.Page = new Page<ComplaintSummary>(
        [
            new ComplaintSummaryBuilder("CMP-2026-000001").AssignedTo(DeskPerson.Handler.Email).AtVersion(3).Build(),
            new ComplaintSummaryBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler2.Email).AtVersion(5).Build(),
        ], 2);
    }

    [Fact]
    public void Shows_display_names_and_marks_only_the_deactivated_one()
    {
        SignInAs(DeskPerson.Supervisor);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Equal(2, queue.FindAll("[data-person-email]").Count));
        Assert.Equal([DeskPerson.Handler.DisplayName, DeskPerson.Handler2.DisplayName], queue.FindAll("[data-person-email]").Select(e => e.TextContent.Trim()));
        Assert.Equal([DeskPerson.Handler2.Email], queue.FindAll("[data-deactivated]").Select(e => e.GetAttribute("data-deactivated")));
        Assert.Equal(["CMP-2026-000002"], queue.FindAll("[data-reassign-deactivated]").Select(e => e.GetAttribute("data-reassign-deactivated")));
    }

    [Fact]
    public void A_supervisor_reassigns_it_from_the_flagged_row()
    {
        SignInAs(DeskPerson.Supervisor);
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000002").AssignedTo(DeskPerson.Handler.Email).AtVersion(6).Build();
        var dialogs = RenderDialogs();
        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => queue.Find("[data-reassign-deactivated='CMP-2026-000002']"));

        queue.Find("[data-reassign-deactivated='CMP-2026-000002']").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#assign-to"));
        Choose(dialogs, "Assign to", $"{DeskPerson.Handler.DisplayName} ({DeskPerson.Handler.Email})");
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Assign").Click();

        queue.WaitForAssertion(() => Assert.Single(Workflow.Applied));
        var applied = Workflow.Applied[0];
        Assert.Equal(("CMP-2026-000002", 5, new AssignCommand(DeskPerson.Handler.Email)), (applied.Reference, applied.ExpectedVersion, applied.Command));
    }

    [Fact]
    public void A_handler_sees_the_flag_but_no_reassign()
    {
        SignInAs(DeskPerson.Handler);

        var queue = RenderPage<QueuePage>();

        queue.WaitForAssertion(() => Assert.Single(queue.FindAll("[data-deactivated]")));
        Assert.Empty(queue.FindAll("[data-reassign-deactivated]"));
    }
}
