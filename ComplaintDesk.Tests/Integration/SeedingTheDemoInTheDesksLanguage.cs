using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>
/// The demo desk speaks the desk's default language: Turkish complaints, categories and team when
/// <c>Desk:DefaultCulture</c> is <c>tr-TR</c> (the embedded default), English otherwise; SLA overrides follow the
/// categories to their Turkish names.
/// </summary>
public sealed class SeedingTheDemoInTheDesksLanguage(SeedingTheDemoInTheDesksLanguage.TurkishDesk turkish)
    : IClassFixture<SeedingTheDemoInTheDesksLanguage.TurkishDesk>
{
    private static readonly Actor _supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });

    [Fact]
    public async Task A_Turkish_desk_has_Turkish_categories_a_Turkish_team_and_Turkish_complaints()
    {
        await using var db = NewContext(turkish);

        Assert.Equal(
            ["Fatura", "Genel", "Müşteri hizmetleri", "Personel davranışı", "Teslimat", "Ürün kalitesi"],
            (await db.Categories.Select(c => c.Name).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["Şikâyet ekibi"], await db.Teams.Select(t => t.Name).ToListAsync());
        Assert.Contains(await db.Complaints.Select(c => c.ProductOrService).ToListAsync(), p => p == "Çamaşır makinesi ÇM-700");
        Assert.Contains(await db.TimelineEvents.Select(e => e.Text).ToListAsync(), t => t != null && t.StartsWith("Bize bildirdiğiniz için", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Turkish_desks_complaints_are_found_by_any_spelling_of_their_Turkish_words()
    {
        var queries = turkish.Services.GetRequiredService<IComplaintQueries>();

        var found = await queries.ListAsync(new ComplaintSearch(Q: "ILIK KALIYOR", PageSize: 100), _supervisor, CancellationToken.None);

        Assert.NotEmpty(found.Items);
        Assert.All(found.Items, c => Assert.Equal("Buzdolabı BD-320", c.ProductOrService));
    }

    [Fact]
    public void A_Turkish_desks_category_overrides_follow_their_category_to_its_Turkish_name()
    {
        var sla = turkish.Services.GetRequiredService<ISlaSettings>();

        Assert.Equal(TimeSpan.FromHours(9), sla.PolicyFor(Priority.High, "Fatura").Respond);
    }

    [Fact]
    public async Task An_English_desk_keeps_the_English_demo()
    {
        await using var factory = new DeskApiFactory();
        await using var db = NewContext(factory);

        Assert.Contains("Billing", await db.Categories.Select(c => c.Name).ToListAsync());
        Assert.Equal(["Complaints team"], await db.Teams.Select(t => t.Name).ToListAsync());
        Assert.Contains(await db.Complaints.Select(c => c.ProductOrService).ToListAsync(), p => p == "Washing machine WM-700");
    }

    private static DeskDbContext NewContext(DeskApiFactory factory)
    {
        // The first client starts the app, which seeds the demo.
        factory.CreateClient().Dispose();
        return factory.Services.GetRequiredService<IDbContextFactory<DeskDbContext>>().CreateDbContext();
    }

    /// <summary>The desk as it runs embedded: Turkish by default, with the sample settings' Billing override.</summary>
    public sealed class TurkishDesk : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["Desk:DemoData"] = "true",
            ["Desk:DefaultCulture"] = "tr-TR",
            ["Desk:Sla:CategoryPolicies:Billing:High:Acknowledge"] = "02:00:00",
            ["Desk:Sla:CategoryPolicies:Billing:High:Respond"] = "09:00:00",
            ["Desk:Sla:CategoryPolicies:Billing:High:Resolve"] = "1.12:00:00",
        };
    }
}
