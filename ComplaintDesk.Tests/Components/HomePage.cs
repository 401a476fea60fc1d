using Bunit;
using ComplaintDesk.Web.Components.Pages;

namespace ComplaintDesk.Tests.Components;

public sealed class HomePage : DeskComponentContext
{
    [Fact]
    public void Names_the_product_and_links_to_the_api_reference()
    {
        var page = Render<Home>();

        Assert.Equal("ComplaintDesk", page.Find("h4").TextContent.Trim());
        Assert.Equal("/api", page.Find("a").GetAttribute("href"));
    }
}
