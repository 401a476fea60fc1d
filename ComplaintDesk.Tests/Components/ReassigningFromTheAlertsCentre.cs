using Bunit;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Web.Features.Alerts;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>A supervisor hands an alert's complaint to someone else with the queue's assign dialog; handlers cannot.</summary>
public sealed class ReassigningFromTheAlertsCentre : DeskPageContext
{
    private const string Reference = "CMP-2026-000003";

    public ReassigningFromTheAlertsCentre() => AlertDesk.Holds(new AlertRowBuilder(3, Reference).AtLevel(0).Build());

    [Fact]
    public void A_handler_acknowledges_but_gets_no_reassign_button()
    {
        SignInAs(DeskPerson.Handler);

        var page = RenderPage<AlertsPage>();

        Assert.Single(page.FindAll($"[data-acknowledge-group='{Reference}']"));
        Assert.Empty(page.FindAll("[data-reassign]"));
    }

    [Fact]
    public void A_supervisor_reassigns_the_complaint_at_the_version_just_read()
    {
        SignInAs(DeskPerson.Supervisor);
        Queries.Holds(new ComplaintDetailsBuilder(Reference).InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email).AtVersion(5).Build());
        Workflow.Answer = new ComplaintDetailsBuilder(Reference).AssignedTo(DeskPerson.Handler2.Email).AtVersion(6).Build();
        var dialogs = RenderDialogs();
        var page = RenderPage<AlertsPage>();

        page.Find($"[data-reassign='{Reference}']").Click();
        Choose(dialogs, "Assign to", $"{DeskPerson.Handler2.DisplayName} ({DeskPerson.Handler2.Email})");
        dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Assign").Click();

        page.WaitForAssertion(() => Assert.Single(Workflow.Applied));
        var applied = Workflow.Applied[0];
        Assert.Equal((Reference, 5, new AssignCommand(DeskPerson.Handler2.Email), DeskPerson.Supervisor.Email),
            (applied.Reference, applied.ExpectedVersion, applied.Command, applied.Actor.Email));
        var shown = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal(($"{Reference} is assigned to {DeskPerson.Handler2.DisplayName}.", Severity.Success), (shown.Message, shown.Severity));
        Assert.Equal(2, AlertDesk.Listed.Count);
    }

    [Fact]
    public void The_assign_dialog_marks_who_may_not_take_the_complaints_next_decision()
    {
        SignInAs(DeskPerson.Supervisor);
        Queries.Holds(new ComplaintDetailsBuilder(Reference).InState(ComplaintStatus.InInvestigation).AssignedTo(DeskPerson.Handler.Email)
            .EscalatedTo(1, DeskPerson.Handler.Email).AtVersion(5).Build());
        var dialogs = RenderDialogs();
        var page = RenderPage<AlertsPage>();
        page.Find($"[data-reassign='{Reference}']").Click();

        dialogs.FindAll("div.mud-input-control.mud-select").Single(select => select.QuerySelector("label")?.TextContent.Trim() == "Assign to").MouseDown();

        var options = Popovers!.FindAll(".mud-popover-open .mud-list-item").Select(item => item.TextContent.Trim()).ToList();
        Assert.Contains($"{DeskPerson.Handler.DisplayName} ({DeskPerson.Handler.Email}) — can work it, but its next decision is someone else's", options);
        Assert.Contains($"{DeskPerson.Handler2.DisplayName} ({DeskPerson.Handler2.Email})", options);
    }
}
