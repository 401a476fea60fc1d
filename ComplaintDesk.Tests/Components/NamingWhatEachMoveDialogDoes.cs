using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Features.Complaints;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>Every move dialog's send button says what pressing it does, not just the move's one word.</summary>
public sealed class NamingWhatEachMoveDialogDoes : DeskPageContext
{
    [Theory]
    [InlineData(ComplaintMove.Assign, "Assign complaint")]
    [InlineData(ComplaintMove.Acknowledge, "Record acknowledgement")]
    [InlineData(ComplaintMove.Assess, "Save assessment")]
    [InlineData(ComplaintMove.Investigate, "Start investigation")]
    [InlineData(ComplaintMove.Note, "Add note")]
    [InlineData(ComplaintMove.AwaitComplainant, "Record question and pause clocks")]
    [InlineData(ComplaintMove.Resume, "Resume investigation")]
    [InlineData(ComplaintMove.ProposeResponse, "Propose response")]
    [InlineData(ComplaintMove.CommunicateDecision, "Record decision sent")]
    [InlineData(ComplaintMove.Close, "Close complaint")]
    [InlineData(ComplaintMove.RejectDecision, "Reopen and escalate")]
    [InlineData(ComplaintMove.Withdraw, "Withdraw complaint")]
    [InlineData(ComplaintMove.Escalate, "Escalate complaint")]
    public async Task The_send_button_names_the_change(ComplaintMove move, string button)
    {
        var dialogs = RenderDialogs();
        var parameters = new DialogParameters<MoveDialog>
        {
            { d => d.Move, move },
            { d => d.Complaint, new ComplaintDetailsBuilder().AssignedTo(DeskPerson.Handler.Email).Build() },
            { d => d.Actor, new Actor(DeskPerson.Handler.UserId, DeskPerson.Handler.Email, new HashSet<DeskRole> { DeskRole.Handler }) },
        };

        await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<MoveDialog>("Move", parameters));

        dialogs.WaitForAssertion(() => Assert.Equal(button, dialogs.Find("#move-send").TextContent.Trim()));
    }
}
