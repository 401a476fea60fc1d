using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Components;
using ComplaintDesk.Web.Features.Complaints;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The intake form's labels, choices, Core's field errors and its confirmation, in the person's language.</summary>
public sealed partial class RegisteringAComplaintInThePersonsLanguage : DeskPageContext
{
    public RegisteringAComplaintInThePersonsLanguage()
    {
        SignInAs(DeskPerson.Handler);
        Workflow.Answer = new ComplaintDetailsBuilder("CMP-2026-000123").Build();
    }

    [Theory]
    [InlineData("tr-TR", "Yeni şikâyet", "Ad soyad", "Tercih ettiği iletişim yolu", "Şikâyeti kaydet", "Vazgeç")]
    [InlineData("en", "New complaint", "Name", "Preferred contact", "Register complaint", "Cancel")]
    public void Labels_and_buttons(string culture, string heading, string name, string preferred, string register, string cancel)
    {
        using var language = new TestCulture(culture);

        var form = RenderPage<NewComplaintPage>();

        Assert.Equal(heading, form.Find("h1").TextContent.Trim());
        Assert.Equal(name, LabelOf(form.Find("#name")));
        Assert.Equal(preferred, form.Find("#preferred-contact").GetAttribute("aria-label"));
        Assert.Equal(register, form.Find("#register").TextContent.Trim());
        Assert.Contains(form.FindAll("a.mud-button-root"), link => link.TextContent.Trim() == cancel);
    }

    [Theory]
    [InlineData("tr-TR", "Kanal", "Sosyal medya", "Öncelik (isteğe bağlı)", "Yüksek", "E-posta", "Mektup")]
    [InlineData("en", "Channel", "Social media", "Priority (optional)", "High", "Email", "Letter")]
    public void Channels_priorities_and_contacts_are_offered_in_the_language(
        string culture, string channel, string socialMedia, string priority, string high, string email, string letter)
    {
        using var language = new TestCulture(culture);
        var form = RenderPage<NewComplaintPage>();
        form.Find("#email").Input("ayse.kara@example.com");

        Choose(form, channel, socialMedia);
        Choose(form, priority, high);

        Assert.Equal([email, letter], form.FindAll("#preferred-contact label.mud-radio").Select(radio => radio.TextContent.Trim()));
        form.Find("#register").Click();
        var sent = Assert.Single(Workflow.Received);
        Assert.Equal((Channel.SocialMedia, Priority.High), (sent.Channel, sent.Priority));
    }

    [Theory]
    [InlineData("tr-TR", "02.03.2026")]
    [InlineData("en", "2 Mar 2026")]
    public void The_date_received_is_written_the_languages_way(string culture, string today)
    {
        using var language = new TestCulture(culture);

        var form = RenderPage<NewComplaintPage>();

        Assert.Equal(today, form.Find(".mud-picker input").GetAttribute("value"));
    }

    [Theory]
    [InlineData("tr-TR", "Şikâyetçinin adını girin.", "Alınma tarihi gelecekte olamaz.", "Lütfen kırmızıyla işaretli 2 alanı düzeltin.")]
    [InlineData("en", "Enter the complainant's name.", "The date received can't be in the future.", "Please correct the 2 fields marked in red.")]
    public void Cores_field_errors(string culture, string name, string receivedAt, string summary)
    {
        using var language = new TestCulture(culture);
        Workflow.Refusal = new InvalidInputException(new Dictionary<string, DeskMessage[]>
        {
            ["complainant.name"] = [DeskMessage.Of(ComplaintKeys.ComplainantName)],
            ["receivedAt"] = [DeskMessage.Of(ComplaintKeys.ReceivedInFuture)],
        });
        var form = RenderPage<NewComplaintPage>();

        form.Find("#register").Click();

        Assert.Equal(name, ErrorUnder(form.Find("#name")));
        Assert.Equal(receivedAt, ErrorUnder(form.Find(".mud-picker input")));
        Assert.Equal(summary, form.Find("#form-errors").TextContent.Trim());
    }

    [Theory]
    [InlineData("tr-TR", "CMP-2026-000123 numarasıyla kaydedildi. Bu numarayı şikâyetçiye iletin. Yeni şikâyet kaydet")]
    [InlineData("en", "Registered as CMP-2026-000123. Give this reference to the complainant. Register another")]
    public void The_confirmation_puts_the_reference_where_the_language_does(string culture, string confirmation)
    {
        using var language = new TestCulture(culture);
        var form = RenderPage<NewComplaintPage>();

        form.Find("#register").Click();

        Assert.Equal(confirmation, Spaces().Replace(form.Find("#created-alert .mud-alert-message").TextContent, " ").Trim());
        Assert.Equal("CMP-2026-000123", form.Find("#created-link").TextContent.Trim());
    }

    private static string? LabelOf(IElement input) => input.Closest(".mud-input-control")?.QuerySelector("label")?.TextContent.Trim();

    private static string? ErrorUnder(IElement input) =>
        input.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error > .me-auto")?.TextContent.Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
