using System.Globalization;

namespace ComplaintDesk.Web.Localization;

public static class LanguageNames
{
    /// <summary>A language named in itself, so a person who cannot read the current one still finds their own.</summary>
    public static string Of(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        return info.IsNeutralCulture ? info.NativeName : info.Parent.NativeName;
    }
}
