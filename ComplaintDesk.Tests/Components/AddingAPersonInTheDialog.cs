using AngleSharp.Dom;
using Bunit;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Web.Features.People;

namespace ComplaintDesk.Tests.Components;

public sealed class AddingAPersonInTheDialog : PeoplePageContext
{
    [Fact]
    public void Core_field_errors_show_by_each_field_and_the_dialog_stays_open()
    {
        People.Refusal = new InvalidInputException(new Dictionary<string, string[]>
        {
            ["email"] = ["This is not an e-mail address the desk can use."],
            ["password"] = ["Passwords must be at least 8 characters."],
            ["roles"] = ["Choose at least one role."],
        });
        var (page, dialogs) = Open();

        dialogs.Find("#person-create").Click();

        dialogs.WaitForAssertion(() => Assert.Equal("Please correct the 3 fields marked in red.", dialogs.Find("#person-problem").TextContent.Trim()));
        Assert.Contains("not an e-mail address", FieldOf(dialogs, "#person-email").TextContent, StringComparison.Ordinal);
        Assert.Contains("at least 8 characters", FieldOf(dialogs, "#person-password").TextContent, StringComparison.Ordinal);
        Assert.Equal("Choose at least one role.", dialogs.Find("[data-error-for='roles']").TextContent.Trim());
        Assert.DoesNotContain("mud-input-error", FieldOf(dialogs, "#person-name").InnerHtml, StringComparison.Ordinal);
        Assert.Single(page.FindAll("#people"));
    }

    [Fact]
    public void Sends_what_was_typed_with_must_change_on_by_default_and_lists_the_new_person()
    {
        var (page, dialogs) = Open();

        dialogs.Find("#person-email").Change("deniz@example.com");
        dialogs.Find("#person-name").Change("Deniz Arslan");
        dialogs.Find("[data-role='Supervisor'] input").Change(true);
        dialogs.Find("#person-password").Change("Fresh!Start9");
        dialogs.Find("#person-create").Click();

        var sent = Assert.Single(People.Created);
        Assert.Equal(("deniz@example.com", "Deniz Arslan", "Fresh!Start9", true), (sent.Email, sent.DisplayName, sent.Password, sent.MustChangePassword));
        Assert.Equal(["Handler", "Supervisor"], sent.Roles!.Order(StringComparer.Ordinal));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-person='deniz@example.com']")));
        Assert.Empty(dialogs.FindAll("#person-create"));
    }

    private (IRenderedComponent<PeoplePage> Page, IRenderedComponent<MudBlazor.MudDialogProvider> Dialogs) Open()
    {
        var dialogs = RenderDialogs();
        var page = RenderPage<PeoplePage>();
        page.WaitForAssertion(() => Assert.Single(People.Searches));
        page.Find("#add-person").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("#person-create"));
        return (page, dialogs);
    }

    private static IElement FieldOf(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs, string input) =>
        dialogs.Find(input).Closest(".mud-input-control")!;
}
