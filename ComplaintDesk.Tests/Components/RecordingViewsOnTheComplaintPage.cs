using Bunit;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>
/// The complaint page records each showing of the complainant's data in Core's real access records,
/// once per person, complaint and ten minutes however often it renders live (ISO 10002 4.10).
/// </summary>
public sealed class RecordingViewsOnTheComplaintPage : ComplaintPageContext, IClassFixture<SqliteDesk>
{
    private readonly SqliteDesk _desk;

    public RecordingViewsOnTheComplaintPage(SqliteDesk desk)
    {
        _desk = desk;
        var log = new PersonalDataLog(desk.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>(), Time);
        Services.AddSingleton<IPersonalDataLog>(log);
    }

    [Fact]
    public async Task A_handler_opening_the_page_is_one_view_and_live_renders_within_ten_minutes_add_none()
    {
        const string reference = "CMP-2026-000101";
        SignInAs(DeskPerson.Handler);
        var page = Open(new ComplaintDetailsBuilder(reference).Build());
        page.WaitForAssertion(() => Assert.Equal("Ayşe Kara", page.Find("#complainant-name").TextContent.Trim()));
        Assert.Single(await ViewsAsync(reference));

        await page.InvokeAsync(Events.OnReconnected);
        Time.Advance(TimeSpan.FromMinutes(9));
        await page.InvokeAsync(Events.OnReconnected);
        page.WaitForAssertion(() => Assert.Equal(3, Queries.GetCalls));
        Assert.Single(await ViewsAsync(reference));

        Time.Advance(TimeSpan.FromMinutes(1));
        await page.InvokeAsync(Events.OnReconnected);

        page.WaitForAssertion(() => Assert.Equal(4, Queries.GetCalls));
        var views = await ViewsAsync(reference);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal((DeskPerson.Handler.UserId, DeskPerson.Handler.Email, "Handler"), (v.UserId, v.UserEmail, v.Role)));
        Assert.Equal([DeskPageContext.Now, DeskPageContext.Now.AddMinutes(10)], views.Select(v => v.At));
    }

    [Fact]
    public async Task A_quality_manager_sees_the_masked_panel_and_is_not_recorded()
    {
        const string reference = "CMP-2026-000102";
        SignInAs(DeskPerson.QualityManager);

        var page = Open(new ComplaintDetailsBuilder(reference).WithoutComplainant().Build());

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#complainant-masked")));
        Assert.Empty(await ViewsAsync(reference));
    }

    private async Task<List<PersonalDataAccess>> ViewsAsync(string reference)
    {
        await using var db = _desk.NewContext();
        return await db.PersonalDataAccesses.AsNoTracking().Where(a => a.Reference == reference).OrderBy(a => a.Id).ToListAsync();
    }
}
