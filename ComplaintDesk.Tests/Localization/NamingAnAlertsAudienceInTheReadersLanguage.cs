using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Web.Components.Display;
using ComplaintDesk.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Tests.Localization;

/// <summary>Who an alert went to, and any list Core gives, reads as the language lists things: "a, b and c" / "a, b ve c".</summary>
public sealed class NamingAnAlertsAudienceInTheReadersLanguage
{
    private readonly IStringLocalizer<DeskText> _text =
        new StringLocalizer<DeskText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("en", "Supervisors and quality managers")]
    [InlineData("tr-TR", "Süpervizörler ve kalite yöneticileri")]
    public void The_roles_an_alert_went_to(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, _text.Audience(Alert(DeskRole.QualityManager, null)));
    }

    [Fact]
    public void One_persons_nudge_names_them()
    {
        using var language = new TestCulture("tr-TR");

        Assert.Equal("handler@demo.local", _text.Audience(Alert(DeskRole.Handler, "handler@demo.local")));
    }

    [Theory]
    [InlineData("en", "Handler, Supervisor and Quality manager")]
    [InlineData("tr-TR", "Temsilci, Süpervizör ve Kalite yöneticisi")]
    public void Three_items_take_the_comma_and_the_and(string culture, string words)
    {
        using var language = new TestCulture(culture);

        Assert.Equal(words, _text.Word(DeskMessage.AllOf([DeskRole.Handler, DeskRole.Supervisor, DeskRole.QualityManager])));
    }

    [Fact]
    public void One_item_is_itself()
    {
        using var language = new TestCulture("en");

        Assert.Equal("supervisors", _text.Word(DeskMessage.AllOf([EventKeys.Members(DeskRole.Supervisor)])));
    }

    private static AlertView Alert(DeskRole targetRole, string? targetEmail) =>
        new(1, "CMP-2026-000001", 2, AlertTrigger.Unhandled, null, DateTimeOffset.UnixEpoch, targetRole, targetEmail, null, null, null);
}
