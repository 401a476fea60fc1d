using Bunit;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Components;
using Xunit.Abstractions;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// Every component on a page lives in the server's memory for as long as the tab is open. A queue page of
/// 25 rows once held about 500 (a MudBlazor grid, chips, menus and tooltips per row); its rows are plain markup now.
/// </summary>
public sealed class KeepingTheQueueCircuitLight(ITestOutputHelper output) : DeskPageContext
{
    // Measured 253 (seven light components a row, the toolbar's MudBlazor fields and menus): well under the 500 of old.
    private const int Budget = 300;

    [Fact]
    public void A_page_of_25_rows_holds_few_components()
    {
        SignInAs(DeskPerson.Supervisor);
        Queries.Page = new Page<ComplaintSummary>(
            [.. Enumerable.Range(1, 25).Select(i => new ComplaintSummaryBuilder($"CMP-2026-{i:000000}").AssignedTo(DeskPerson.Handler.Email).WithNextDue().Build())],
            100);

        var queue = RenderPage<QueuePage>();
        queue.WaitForAssertion(() => Assert.Equal(25, queue.FindAll("tr[data-reference]").Count));

        var components = queue.FindComponents<IComponent>().Count;
        output.WriteLine($"{components} components on a queue page of 25 rows");
        Assert.InRange(components, 25, Budget);
    }
}
