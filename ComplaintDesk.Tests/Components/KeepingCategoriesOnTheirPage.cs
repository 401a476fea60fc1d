using Bunit;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Web.Features.Administration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>Administration → Categories lists every category with its state, shows refusals by the name field, and retires.</summary>
public sealed class KeepingCategoriesOnTheirPage : AdministrationPageContext
{
    private static string Row(IRenderedComponent<CategoriesPage> page, string name) =>
        page.Find($"tr[data-category='{name}']").TextContent;

    [Fact]
    public async Task Lists_every_category_active_or_retired()
    {
        await CategoryDesk.CreateAsync("Old stock", Administrator, CancellationToken.None);
        await CategoryDesk.RetireAsync("Old stock", Administrator, CancellationToken.None);

        var page = RenderPage<CategoriesPage>();

        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("tr[data-category]").Count));
        Assert.Contains("Active", Row(page, "Billing"));
        Assert.Contains("Retired", Row(page, "Old stock"));
        Assert.Single(page.FindAll("tr[data-category='Old stock'] [data-activate]"));
        Assert.Empty(page.FindAll("tr[data-category='Billing'] [data-activate]"));
    }

    [Theory]
    [InlineData("   ", "Give the category a name.")]
    [InlineData(" BILLING ", "There is a category named \"BILLING\" already; category names are unique, whatever their case.")]
    public async Task Shows_why_a_name_is_refused_by_the_name_field_and_adds_nothing(string name, string why)
    {
        var page = RenderPage<CategoriesPage>();
        page.WaitForAssertion(() => Assert.Equal(6, page.FindAll("tr[data-category]").Count));

        page.Find("#new-category").Change(name);
        page.Find("#add-category").Click();

        page.WaitForAssertion(() => Assert.Equal(why, ErrorUnder(page.Find("#new-category"))));
        Assert.Equal(6, (await CategoryDesk.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public void Adds_a_category_and_clears_the_field()
    {
        var page = RenderPage<CategoriesPage>();

        page.Find("#new-category").Change("Warranty claims");
        page.Find("#add-category").Click();

        page.WaitForAssertion(() => Assert.Contains("Active", Row(page, "Warranty claims")));
        Assert.Null(ErrorUnder(page.Find("#new-category")));
        Assert.True(string.IsNullOrEmpty(page.Find("#new-category").GetAttribute("value")));
    }

    [Fact]
    public async Task Retiring_marks_the_category_retired_and_it_is_offered_no_more()
    {
        var page = RenderPage<CategoriesPage>();
        page.WaitForAssertion(() => Assert.Contains("Active", Row(page, "Delivery")));

        page.Find("tr[data-category='Delivery'] [data-retire]").Click();

        page.WaitForAssertion(() => Assert.Contains("Retired", Row(page, "Delivery")));
        Assert.Single(page.FindAll("tr[data-category='Delivery'] [data-activate]"));
        var offered = await Desk.Services.GetRequiredService<ICategoryList>().NamesAsync(CancellationToken.None);
        Assert.DoesNotContain("Delivery", offered);
        Assert.Contains("Billing", offered);
    }
}
