using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>How each move appears on the complaint page's buttons, at the top of its dialog and on the dialog's send button.</summary>
public static class MoveLabels
{
    public static string Button(this IStringLocalizer<DeskText> text, ComplaintMove move) => text[$"Move.Button.{move}"];

    /// <summary>What the dialog's send button does, said in full: the button is the last thing read before the change is made.</summary>
    public static string Send(this IStringLocalizer<DeskText> text, ComplaintMove move) =>
        text[$"Move.Send.{move}"] is { ResourceNotFound: false } send ? send : text.Button(move);

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
        ComplaintMove.Merge or ComplaintMove.DuplicateMergedIn => Icons.Material.Filled.MergeType,
        ComplaintMove.RecordSatisfaction => Icons.Material.Filled.SentimentSatisfied,
        ComplaintMove.RecordRootCause => Icons.Material.Filled.Troubleshoot,
        ComplaintMove.CorrectComplainant or ComplaintMove.CorrectSubjectStaff => Icons.Material.Filled.Edit,
        _ => Icons.Material.Filled.Circle,
    };

    /// <summary>The moves that finish, undo or raise a complaint, and what is learnt from it, are kept apart from the everyday ones.</summary>
    public static bool IsSecondary(ComplaintMove move) =>
        move is ComplaintMove.Withdraw or ComplaintMove.Escalate or ComplaintMove.RejectDecision or ComplaintMove.Note or ComplaintMove.Assign
            or ComplaintMove.RecordRootCause;
}
