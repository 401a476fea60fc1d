using System.Globalization;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Mail;

/// <summary>
/// The words written into complaints made from e-mail: stored text, so in the desk's language, whatever the language of
/// the job that writes them.
/// </summary>
public sealed class InboundMailWords(IStringLocalizer<DeskText> text, IOptions<DeskCultureOptions> cultures) : IInboundMailWords
{
    public string NoSubject => InDesk(() => text["Mail.Inbound.NoSubject"].Value);

    public string FollowingUp(string reference) => InDesk(() => text["Mail.Inbound.FollowingUp", reference].Value);

    private string InDesk(Func<string> words) => InCulture.Run(CultureInfo.GetCultureInfo(cultures.Value.DefaultCulture), words);
}
