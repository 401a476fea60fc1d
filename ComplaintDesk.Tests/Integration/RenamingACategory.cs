using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Tests.Core;
using ComplaintDesk.Tests.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>A rename keeps what hangs on the category: its complaints (by id) and its SLA overrides (by name), in one unit of work.</summary>
public sealed class RenamingACategory(SqliteDesk desk) : IClassFixture<SqliteDesk>
{
    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });

    private ICategoryDesk Categories => desk.Services.GetRequiredService<ICategoryDesk>();

    private Task<ComplaintDetails> ReceiveAsync(string category) => desk.Workflow.ReceiveAsync(
        NewComplaints.ByEmail("Invoice", category, "Charged twice.", Priority.High),
        desk.Handler,
        CancellationToken.None);

    private Task OverrideAsync(string category) => desk.Settings.ChangeAsync(
        desk.Settings.CalendarOptions,
        new SlaOptions
        {
            WarningShare = desk.Settings.SlaOptions.WarningShare,
            DefaultPriority = desk.Settings.SlaOptions.DefaultPriority,
            Policies = desk.Settings.SlaOptions.Policies,
            CategoryPolicies = new()
            {
                [category] = new()
                {
                    [Priority.High] = new SlaOptions.PolicyOptions
                    {
                        Acknowledge = TimeSpan.FromHours(1), Respond = TimeSpan.FromHours(5), Resolve = TimeSpan.FromHours(11),
                    },
                },
            },
        },
        _administrator,
        CancellationToken.None);

    [Fact]
    public async Task The_overrides_follow_the_new_name_and_the_complaints_show_it()
    {
        await Categories.CreateAsync("Invoicing", _administrator, CancellationToken.None);
        await OverrideAsync("Invoicing");
        var complaint = await ReceiveAsync("Invoicing");

        var renamed = await Categories.RenameAsync("invoicing", "  Invoices and refunds ", _administrator, CancellationToken.None);

        Assert.Equal("Invoices and refunds", renamed.Name);
        Assert.Equal(["Invoices and refunds"], desk.Settings.SlaOptions.CategoryPolicies.Keys);
        Assert.Equal(TimeSpan.FromHours(5), desk.Settings.PolicyFor(Priority.High, "Invoices and refunds").Respond);
        await desk.Settings.LoadAsync(CancellationToken.None);
        Assert.Equal(["Invoices and refunds"], desk.Settings.SlaOptions.CategoryPolicies.Keys);
        var after = await desk.Services.GetRequiredService<IComplaintQueries>().GetAsync(complaint.Reference, desk.Handler, CancellationToken.None);
        Assert.Equal("Invoices and refunds", after.Category);
        Assert.Equal(TimeSpan.FromHours(5), after.Clocks.Single(c => c.Kind == ClockKind.Respond).Target);
        await using var db = desk.NewContext();
        var audit = await db.AuditEvents.Where(e => e.Area == AuditAreas.Categories).ToListAsync();
        Assert.Contains("Category \"Invoicing\" renamed to \"Invoices and refunds\"", audit.Select(e => InEnglish.Word(e.What)));
    }

    [Fact]
    public async Task Refused_when_another_category_has_the_name_and_nothing_changes()
    {
        await Categories.CreateAsync("Returns", _administrator, CancellationToken.None);
        await OverrideAsync("Returns");

        await Assert.ThrowsAsync<MoveRefusedException>(() => Categories.RenameAsync("Returns", "DELIVERY", _administrator, CancellationToken.None));

        Assert.Contains("Returns", desk.Settings.SlaOptions.CategoryPolicies.Keys);
        var names = (await Categories.ListAsync(CancellationToken.None)).Select(c => c.Name).ToList();
        Assert.Contains("Returns", names);
        Assert.Single(names, n => n.Equals("Delivery", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Refused_for_someone_who_is_not_an_administrator()
    {
        var supervisor = new Actor("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });

        await Assert.ThrowsAsync<NotPermittedException>(() => Categories.RenameAsync("General", "Other", supervisor, CancellationToken.None));

        Assert.Contains(await Categories.ListAsync(CancellationToken.None), c => c.Name == "General");
    }
}
