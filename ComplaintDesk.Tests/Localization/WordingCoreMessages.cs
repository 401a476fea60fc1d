using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>
/// A key Core gives is worded in the person's language, the messages inside it too (a move's verb, the statuses
/// listed as alternatives); English reads word for word as Core's sentences did.
/// </summary>
public sealed class WordingCoreMessages
{
    private readonly IStringLocalizer<DeskText> _text =
        new StringLocalizer<DeskText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("en", "You can't acknowledge this complaint while it is assessed. That is possible only when it is received and not yet acknowledged.")]
    [InlineData("tr-TR", "Şikâyet şu an bu durumda: değerlendirildi. Bu durumdayken şu yapılamaz: alındı bildirimi. Bu yalnızca şu durumlarda olur: alındı, henüz alındı bildirimi yapılmadı.")]
    public void A_refusal_with_messages_inside(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, _text.Word(ComplaintMoves.WhyNot(ComplaintMove.Acknowledge, ComplaintStatus.Assessed)));
    }

    [Theory]
    [InlineData("en", "Keep this to 2,000 characters or fewer (it has 2,001).")]
    [InlineData("tr-TR", "Bunu en çok 2.000 karakterde tutun (şu an 2.001 karakter).")]
    public void Numbers_as_the_language_writes_them(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, _text.Word(DeskMessage.Of(FieldKeys.TooLong, 2000, 2001)));
    }

    [Fact]
    public void Alternatives_are_joined_in_the_language()
    {
        using var language = new TestCulture("tr-TR");
        var either = DeskMessage.AnyOf([ComplaintKeys.Describe(ComplaintStatus.Closed), ComplaintKeys.Describe(ComplaintStatus.Withdrawn)]);

        Assert.Equal("kapatıldı veya geri çekildi", _text.Word(either));
    }

    [Fact]
    public void A_sentence_without_a_key_is_shown_as_it_is()
    {
        using var language = new TestCulture("tr-TR");

        Assert.Equal("Passwords must have at least one digit.", _text.Word(DeskMessage.Unkeyed("Passwords must have at least one digit.")));
    }
}
