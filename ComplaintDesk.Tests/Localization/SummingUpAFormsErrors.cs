using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The line under a form that says how many fields to correct, in the person's language; a refusal of the whole form as it is.</summary>
public sealed class SummingUpAFormsErrors
{
    private readonly IStringLocalizer<DeskText> _text =
        new StringLocalizer<DeskText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly string[] _wrong = ["Wrong."];

    [Theory]
    [InlineData("en", 1, "Please correct the field marked in red.")]
    [InlineData("en", 3, "Please correct the 3 fields marked in red.")]
    [InlineData("tr-TR", 1, "Lütfen kırmızıyla işaretli alanı düzeltin.")]
    [InlineData("tr-TR", 3, "Lütfen kırmızıyla işaretli 3 alanı düzeltin.")]
    public void Fields_to_correct_are_counted_in_the_language(string culture, int fields, string words)
    {
        using var language = new TestCulture(culture);
        var errors = new FormErrors(Enumerable.Range(1, fields).ToDictionary(i => $"field{i}", _ => _wrong));

        Assert.Equal(words, errors.Summary(_text));
    }

    [Fact]
    public void A_refusal_of_the_whole_form_is_shown_as_it_came()
    {
        using var language = new TestCulture("tr-TR");

        Assert.Equal("Bu isim kullanılıyor.", FormErrors.General("Bu isim kullanılıyor.").Summary(_text));
    }
}
