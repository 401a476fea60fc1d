using Bunit;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Administration → Templates lists every kind in every language; its editor previews the words with sample values
/// as they are typed, and shows Core's refusals: a bad placeholder by its field, someone else's save above the form.
/// </summary>
public sealed class EditingTemplatesOnTheirPage : AdministrationPageContext
{
    private ITemplateDesk Stored => Desk.Services.GetRequiredService<ITemplateDesk>();

    [Fact]
    public void Lists_each_kind_in_each_language_for_messages_and_replies()
    {
        var page = RenderPage<TemplatesPage>();

        page.WaitForAssertion(() => Assert.Equal(12, page.FindAll("tr[data-template]").Count));
        Assert.Contains("Shipped", page.Find("tr[data-template='Mail-Decision-en']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_fills_the_words_with_sample_values_as_they_are_typed()
    {
        var page = OpenEditor("Mail-Acknowledgement-en");
        Assert.Contains("Dear Ayşe Yılmaz,", page.Find("#template-preview-body").TextContent, StringComparison.Ordinal);

        page.Find("#template-body").Input("Hello {name}, your complaint is {reference}.");

        page.WaitForAssertion(() => Assert.Equal(
            $"Hello Ayşe Yılmaz, your complaint is {SampleFacts.Reference}.", page.Find("#template-preview-body").TextContent.Trim()));
    }

    [Fact]
    public async Task An_unknown_placeholder_is_shown_by_the_text_and_nothing_is_saved()
    {
        var page = OpenEditor("Mail-Acknowledgement-en");

        page.Find("#template-body").Input("Dear {nmae}, {statusLink} {decisionExpectedBy}");
        page.Find("#template-save").Click();

        page.WaitForAssertion(() => Assert.StartsWith("{nmae} is not a placeholder this text can use.", ErrorUnder(page.Find("#template-body")), StringComparison.Ordinal));
        Assert.Empty(await Stored.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_save_marks_the_template_changed()
    {
        var page = OpenEditor("Reply-Decision-en");

        page.Find("#template-body").Input("Our decision on {reference}: ");
        page.Find("#template-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Changed", page.Find("tr[data-template='Reply-Decision-en']").TextContent, StringComparison.Ordinal));
        Assert.Equal("Our decision on {reference}:", Assert.Single(await Stored.ListAsync(CancellationToken.None)).Body);
    }

    [Fact]
    public async Task Someone_elses_save_meanwhile_is_refused_with_a_clear_message()
    {
        var page = OpenEditor("Reply-Decision-en");
        await Stored.SaveAsync(new TemplateChange(TemplatePurpose.Reply, MessageKind.Decision, "en", null, "Theirs", null), Administrator, CancellationToken.None);

        page.Find("#template-body").Input("Mine");
        page.Find("#template-save").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Someone else changed the decision reply (en)", page.Find("#template-problem").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("Theirs", Assert.Single(await Stored.ListAsync(CancellationToken.None)).Body);
    }

    private IRenderedComponent<TemplatesPage> OpenEditor(string template)
    {
        var page = RenderPage<TemplatesPage>();
        page.WaitForElement($"tr[data-template='{template}'] [data-edit]").Click();
        return page;
    }
}
