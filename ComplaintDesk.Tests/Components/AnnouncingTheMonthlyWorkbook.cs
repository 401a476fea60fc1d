using Bunit;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Tests.Localization;
using ComplaintDesk.Web.Components.Layout;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The workbook the schedule builds in the night is announced on every open desk the hub sends it to, ready or failed;
/// one built by hand is shown on its builder's Reports page only.
/// </summary>
public sealed class AnnouncingTheMonthlyWorkbook : DeskPageContext
{
    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Theory]
    [InlineData("tr-TR", "Kasım 2026 ayının aylık çalışma kitabı hazır.")]
    [InlineData("en", "The monthly workbook for November 2026 is ready.")]
    public async Task A_scheduled_workbook_that_is_ready(string culture, string said)
    {
        using var language = new TestCulture(culture);
        SignInAs(DeskPerson.QualityManager);
        var toasts = Render<ReportToasts>();

        await toasts.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Ready(7, "2026-11", by: MonthlyReportRun.Schedule)));

        toasts.WaitForAssertion(() => Assert.Equal((said, Severity.Info), (Assert.Single(Snackbar.ShownSnackbars).Message, Assert.Single(Snackbar.ShownSnackbars).Severity)));
    }

    [Fact]
    public async Task A_scheduled_workbook_that_failed()
    {
        SignInAs(DeskPerson.QualityManager);
        var toasts = Render<ReportToasts>();

        await toasts.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Failed(8, "2026-11", "Failed: IOException.") with { RequestedBy = MonthlyReportRun.Schedule }));

        toasts.WaitForAssertion(() => Assert.Equal(
            ("The monthly workbook for November 2026 could not be built; the Reports page says why, and you can build it again there.", Severity.Error),
            (Assert.Single(Snackbar.ShownSnackbars).Message, Assert.Single(Snackbar.ShownSnackbars).Severity)));
    }

    [Fact]
    public async Task Neither_one_built_by_hand_nor_one_still_building()
    {
        SignInAs(DeskPerson.QualityManager);
        var toasts = Render<ReportToasts>();

        await toasts.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Ready(9, "2026-10")));
        await toasts.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Building(10, "2026-11", Now) with { RequestedBy = MonthlyReportRun.Schedule }));
        await toasts.InvokeAsync(() => Events.OnReportBuilt(ReportRuns.Ready(11, "2026-11", by: MonthlyReportRun.Schedule)));

        toasts.WaitForAssertion(() => Assert.Equal("The monthly workbook for November 2026 is ready.", Assert.Single(Snackbar.ShownSnackbars).Message));
    }
}
