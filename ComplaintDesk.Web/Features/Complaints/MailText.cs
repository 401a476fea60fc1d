using ComplaintDesk.Core.Mail;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ComplaintDesk.Web.Features.Complaints;

/// <summary>How a message's sending reads and looks beside the timeline.</summary>
public static class MailText
{
    public static Color StateColor(MessageState state) => state switch
    {
        MessageState.Sent => Color.Success,
        MessageState.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string MailFailure(this IStringLocalizer<DeskText> text, MailFailureKind failure, int? smtpStatus) =>
        smtpStatus is { } status ? text["Mail.Failure.WithStatus", text[$"Mail.Failure.{failure}"].Value, status] : text[$"Mail.Failure.{failure}"];
}
