using System.Globalization;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Components.Display;

/// <summary>A file's size in the person's words: "13 B", "48.2 KB", "1.4 MB".</summary>
public static class SizeText
{
    public static string Size(this IStringLocalizer<DeskText> text, long bytes) =>
        bytes < 1024 ? text["Size.Bytes", bytes.ToString(CultureInfo.CurrentCulture)]
        : bytes < 1024 * 1024 ? text["Size.Kilobytes", (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)]
        : text["Size.Megabytes", (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture)];
}
