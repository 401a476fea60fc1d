using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.People;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// A person's page lists their API keys without secrets; issuing one shows its secret once, in the dialog; revoking asks
/// first; a deactivated person is issued none.
/// </summary>
public sealed class IssuingApiKeysOnAPersonsPage : PeoplePageContext
{
    [Fact]
    public void Lists_each_key_by_name_scope_ending_and_state_and_offers_revoking_only_active_ones()
    {
        ApiKeys.Keys["id-h1"] =
        [
            Key("key-1", "Website form", ApiKeyScope.Intake, ApiKeyState.Active, lastUsed: DeskPageContext.Now.AddHours(-2)),
            Key("key-2", "Old wallboard", ApiKeyScope.Full, ApiKeyState.Revoked, revoked: DeskPageContext.Now.AddDays(-3)),
        ];

        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-h1"));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-api-key]").Count));
        var website = page.Find("[data-api-key='Website form']");
        Assert.Contains("Register complaints only", website.TextContent, StringComparison.Ordinal);
        Assert.Contains("…wXyZ", website.TextContent, StringComparison.Ordinal);
        Assert.Equal("Active", website.GetAttribute("data-state"));
        Assert.NotNull(website.QuerySelector("[data-last-used] time"));
        Assert.Contains("Not yet", page.Find("[data-api-key='Old wallboard'] [data-last-used]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-revoke='Website form']"));
        Assert.Empty(page.FindAll("[data-revoke='Old wallboard']"));
        Assert.Contains("Revoked", page.Find("[data-api-key='Old wallboard']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuing_shows_the_secret_once_in_the_dialog_and_lists_the_new_key_without_it()
    {
        var (page, dialogs) = Open();

        dialogs.Find("#api-key-name").Change("Website form");
        dialogs.Find("#api-key-create").Click();

        dialogs.WaitForAssertion(() => Assert.Equal(ScriptedApiKeyDesk.Secret, dialogs.Find("#api-key-secret").GetAttribute("value")));
        var sent = Assert.Single(ApiKeys.Issued);
        Assert.Equal(new NewApiKey("Website form", "Intake", 365), sent);
        Assert.Contains("will not show it again", dialogs.Find("#api-key-once").TextContent, StringComparison.Ordinal);
        dialogs.Find("#api-key-done").Click();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-api-key='Website form']")));
        Assert.DoesNotContain(ScriptedApiKeyDesk.Secret, page.Markup, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("#api-key-secret"));
    }

    [Fact]
    public void Core_field_errors_show_by_each_field_and_nothing_is_issued()
    {
        ApiKeys.Refusal = new InvalidInputException(new Dictionary<string, string[]>
        {
            ["name"] = ["Say what the key is for, such as “Website form”."],
            ["scope"] = ["Ayşe Yılmaz has no role that registers complaints."],
        });
        var (_, dialogs) = Open();

        dialogs.Find("#api-key-create").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("Say what the key is for", FieldOf(dialogs, "#api-key-name").TextContent, StringComparison.Ordinal));
        Assert.Equal("Ayşe Yılmaz has no role that registers complaints.", dialogs.Find("[data-error-for='scope']").TextContent.Trim());
        Assert.Empty(dialogs.FindAll("#api-key-secret"));
        Assert.Empty(ApiKeys.Keys["id-h1"]);
    }

    [Fact]
    public void Revoking_asks_first_and_then_marks_the_key_revoked()
    {
        ApiKeys.Keys["id-h1"] = [Key("key-1", "Website form", ApiKeyScope.Intake, ApiKeyState.Active)];
        var dialogs = RenderDialogs();
        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-h1"));
        page.WaitForAssertion(() => page.Find("[data-revoke='Website form']"));

        page.Find("[data-revoke='Website form']").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("refused from its next request", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(ApiKeys.Revoked);
        dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Revoke").Click();
        page.WaitForAssertion(() => Assert.Equal("Revoked", page.Find("[data-api-key='Website form']").GetAttribute("data-state")));
        Assert.Equal(["key-1"], ApiKeys.Revoked);
    }

    [Fact]
    public void Someone_who_does_not_register_complaints_is_offered_only_a_full_key()
    {
        People.People.Add(new("id-q", "quality@demo.local", "Zeynep Kaya", [DeskRole.QualityManager], true, false));
        var dialogs = RenderDialogs();
        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-q"));
        page.WaitForAssertion(() => page.Find("#issue-api-key"));
        page.Find("#issue-api-key").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#api-key-create"));

        var intake = dialogs.FindAll("label").Single(l => l.TextContent.Contains("Register complaints only", StringComparison.Ordinal));
        Assert.True(intake.QuerySelector("input")!.HasAttribute("disabled"));
        dialogs.Find("#api-key-name").Change("Reporting tool");
        dialogs.Find("#api-key-create").Click();

        Assert.Equal("Full", Assert.Single(ApiKeys.Issued).Scope);
    }

    [Fact]
    public void A_deactivated_person_is_offered_no_new_key()
    {
        People.People.Add(new("id-x", "gone@example.com", "Gönül Eski", [DeskRole.Handler], false, false));

        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-x"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#api-keys-inactive")));
        Assert.True(page.Find("#issue-api-key").HasAttribute("disabled"));
        Assert.NotNull(page.Find("#no-api-keys"));
    }

    private static ApiKeyView Key(
        string id, string name, ApiKeyScope scope, ApiKeyState state, DateTimeOffset? lastUsed = null, DateTimeOffset? revoked = null) =>
        new(id, name, scope, state, "wXyZ", DeskPageContext.Now.AddDays(-10), "admin@demo.local", null, revoked, lastUsed);

    private static IElement FieldOf(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs, string input) =>
        dialogs.Find(input).Closest(".mud-input-control")!;

    private (IRenderedComponent<PersonPage> Page, IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs) Open()
    {
        var dialogs = RenderDialogs();
        var page = RenderPage<PersonPage>(p => p.Add(x => x.Id, "id-h1"));
        page.WaitForAssertion(() => page.Find("#issue-api-key"));
        page.Find("#issue-api-key").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#api-key-create"));
        return (page, dialogs);
    }
}
