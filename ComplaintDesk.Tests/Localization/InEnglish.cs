using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>What Core tells a person, worded from the desk's own resources as an English reader reads it.</summary>
public static class InEnglish
{
    private static readonly IStringLocalizer<DeskText> _text =
        new StringLocalizer<DeskText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    public static string Word(DeskMessage message)
    {
        using var english = new TestCulture("en");
        return _text.Word(message);
    }

    public static string Word(DeskException refused) => Word(refused.Text);

    public static Dictionary<string, string[]> Word(IReadOnlyDictionary<string, DeskMessage[]> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.Select(Word).ToArray());
}
