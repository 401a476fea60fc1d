using ComplaintDesk.Core.Complaints;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>How each move appears on the complaint page's buttons, at the top of its dialog and on the dialog's send button.</summary>
public static class MoveLabels
{
    public static string Button(ComplaintMove move) => move switch
    {
        ComplaintMove.Assign => "Assign",
        ComplaintMove.Acknowledge => "Acknowledge",
        ComplaintMove.Assess => "Assess",
        ComplaintMove.Investigate => "Start investigation",
        ComplaintMove.Note => "Add note",
        ComplaintMove.AwaitComplainant => "Ask the complainant",
        ComplaintMove.Resume => "Resume",
        ComplaintMove.ProposeResponse => "Propose response",
        ComplaintMove.CommunicateDecision => "Communicate decision",
        ComplaintMove.Close => "Close",
        ComplaintMove.RejectDecision => "Decision rejected",
        ComplaintMove.Withdraw => "Withdraw",
        ComplaintMove.Escalate => "Escalate",
        ComplaintMove.RaiseAlert => "Alert raised",
        ComplaintMove.AnonymisePersonalData => "Personal data anonymised",
        _ => move.ToString(),
    };

    /// <summary>What the dialog's send button does, said in full: the button is the last thing read before the change is made.</summary>
    public static string Send(ComplaintMove move) => move switch
    {
        ComplaintMove.Assign => "Assign complaint",
        ComplaintMove.Acknowledge => "Record acknowledgement",
        ComplaintMove.Assess => "Save assessment",
        ComplaintMove.Investigate => "Start investigation",
        ComplaintMove.Note => "Add note",
        ComplaintMove.AwaitComplainant => "Record question and pause clocks",
        ComplaintMove.Resume => "Resume investigation",
        ComplaintMove.ProposeResponse => "Propose response",
        ComplaintMove.CommunicateDecision => "Record decision sent",
        ComplaintMove.Close => "Close complaint",
        ComplaintMove.RejectDecision => "Reopen and escalate",
        ComplaintMove.Withdraw => "Withdraw complaint",
        ComplaintMove.Escalate => "Escalate complaint",
        _ => Button(move),
    };

    public static string Icon(ComplaintMove move) => move switch
    {
        ComplaintMove.Receive => Icons.Material.Filled.Inbox,
        ComplaintMove.Assign => Icons.Material.Filled.PersonAdd,
        ComplaintMove.Acknowledge => Icons.Material.Filled.MarkEmailRead,
        ComplaintMove.Assess => Icons.Material.Filled.Rule,
        ComplaintMove.Investigate => Icons.Material.Filled.Search,
        ComplaintMove.Note => Icons.Material.Filled.StickyNote2,
        ComplaintMove.AwaitComplainant => Icons.Material.Filled.HelpOutline,
        ComplaintMove.Resume => Icons.Material.Filled.PlayArrow,
        ComplaintMove.ProposeResponse => Icons.Material.Filled.EditNote,
        ComplaintMove.CommunicateDecision => Icons.Material.Filled.Send,
        ComplaintMove.Close => Icons.Material.Filled.CheckCircle,
        ComplaintMove.RejectDecision => Icons.Material.Filled.ThumbDown,
        ComplaintMove.Withdraw => Icons.Material.Filled.Cancel,
        ComplaintMove.Escalate => Icons.Material.Filled.PriorityHigh,
        ComplaintMove.RaiseAlert => Icons.Material.Filled.NotificationImportant,
        ComplaintMove.AnonymisePersonalData => Icons.Material.Filled.PersonOff,
        _ => Icons.Material.Filled.Circle,
    };

    /// <summary>The moves that finish, undo or raise a complaint are kept apart from the everyday ones.</summary>
    public static bool IsSecondary(ComplaintMove move) =>
        move is ComplaintMove.Withdraw or ComplaintMove.Escalate or ComplaintMove.RejectDecision or ComplaintMove.Note or ComplaintMove.Assign;
}
