using System.Globalization;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Features.Administration;

/// <summary>A template's name as a row or a heading starts with it: Core's words for it, capitalised.</summary>
public static class TemplateNames
{
    public static string Of(IStringLocalizer<DeskText> text, TemplatePurpose purpose, MessageKind kind)
    {
        var words = text.Word(TemplateKeys.Describe(purpose, kind));
        return char.ToUpper(words[0], CultureInfo.CurrentCulture) + words[1..];
    }
}
