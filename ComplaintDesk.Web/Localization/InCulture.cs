using System.Globalization;

namespace ComplaintDesk.Web.Localization;

/// <summary>Words something in a language other than the current one: a complainant's, whatever the reader's.</summary>
public static class InCulture
{
    public static T Run<T>(CultureInfo culture, Func<T> words)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        try
        {
            return words();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
