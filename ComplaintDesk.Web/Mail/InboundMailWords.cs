using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Mail;

/// <summary>The words written into complaints made from e-mail: stored text, so in the desk's language.</summary>
public sealed class InboundMailWords(IStringLocalizer<DeskText> text, InDeskCulture desk) : IInboundMailWords
{
    public string NoSubject => desk.Run(() => text["Mail.Inbound.NoSubject"].Value);

    public string FollowingUp(string reference) => desk.Run(() => text["Mail.Inbound.FollowingUp", reference].Value);
}
