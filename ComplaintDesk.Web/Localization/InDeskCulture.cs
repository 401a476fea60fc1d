using System.Globalization;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Words the desk writes into mail and into complaints made from mail are in the desk's language, whatever the
/// language of the person (or job) whose work writes them.
/// </summary>
public sealed class InDeskCulture(IOptions<DeskCultureOptions> cultures)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(cultures.Value.DefaultCulture);

    public T Run<T>(Func<T> words)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture;
        try
        {
            return words();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
