using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints.Commands;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Core.Persistence;

/// <summary>
/// People, the queue's assignees, teams and categories sort in the order of the person's language, alike on either
/// engine: in Turkish Ç after C, ı and I before İ, Ö after O, Ş after S; in English the marks only break ties.
/// </summary>
public class SortingNamesInThePersonsLanguage : IAsyncLifetime
{
    private static readonly string[] _turkishOrder = ["Cem", "Çağla", "Irmak", "Işıl", "İpek", "Oya", "Ömer", "Selin", "Şahin"];
    private static readonly string[] _englishOrder = ["Çağla", "Cem", "İpek", "Irmak", "Işıl", "Ömer", "Oya", "Şahin", "Selin"];
    private static readonly Actor _administrator = new("a1", "admin@demo.local", new HashSet<DeskRole> { DeskRole.Administrator });
    private static readonly Actor _supervisor = new("s1", "supervisor@demo.local", new HashSet<DeskRole> { DeskRole.Supervisor });
    private readonly CoreDesk _desk;

    public SortingNamesInThePersonsLanguage()
        : this(new SqliteDesk())
    {
    }

    protected SortingNamesInThePersonsLanguage(CoreDesk desk) => _desk = desk;

    public Task InitializeAsync() => _desk.InitializeAsync();

    public Task DisposeAsync() => _desk.DisposeAsync();

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("en")]
    public async Task The_people_list_follows_the_language(string culture)
    {
        await RegisterEveryNameAsync();

        using var language = new TestCulture(culture);
        await using var db = _desk.NewContext();
        var people = await PeopleReader.ListAsync(db, new PeopleSearch(null, PageSize: 50), CancellationToken.None);

        Assert.Equal(OrderIn(culture), people.Items.Select(p => p.DisplayName));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("en")]
    public async Task The_queue_sorted_by_assignee_follows_the_assignees_names_in_the_language(string culture)
    {
        var references = new Dictionary<string, string>();
        foreach (var (name, email) in await RegisterEveryNameAsync())
        {
            var complaint = await _desk.Workflow.ReceiveAsync(NewComplaints.ByEmail(), _desk.Handler, CancellationToken.None);
            await _desk.Workflow.ApplyAsync(complaint.Reference, _supervisor, null, new AssignCommand(email), CancellationToken.None);
            references[complaint.Reference] = name;
        }

        using var language = new TestCulture(culture);
        var queries = _desk.Services.GetRequiredService<IComplaintQueries>();
        var ascending = await queries.ListAsync(new ComplaintSearch(Sort: "assignee", PageSize: 50), _supervisor, CancellationToken.None);
        var descending = await queries.ListAsync(new ComplaintSearch(Sort: "-assignee", PageSize: 50), _supervisor, CancellationToken.None);

        Assert.Equal(OrderIn(culture), ascending.Items.Select(c => references[c.Reference]));
        Assert.Equal(OrderIn(culture).Reverse(), descending.Items.Select(c => references[c.Reference]));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("en")]
    public async Task Teams_and_categories_follow_the_language(string culture)
    {
        var teams = _desk.Services.GetRequiredService<ITeamDesk>();
        var categories = _desk.Services.GetRequiredService<ICategoryDesk>();
        var defaults = await _desk.Services.GetRequiredService<ICategoryList>().NamesAsync(CancellationToken.None);
        foreach (var name in _turkishOrder.Reverse())
        {
            await teams.CreateAsync(name, _administrator, CancellationToken.None);
            await categories.CreateAsync(name, _administrator, CancellationToken.None);
        }

        using var language = new TestCulture(culture);
        var categoryNames = await _desk.Services.GetRequiredService<ICategoryList>().NamesAsync(CancellationToken.None);

        Assert.Equal(OrderIn(culture), (await teams.ListAsync(_administrator, CancellationToken.None)).Select(t => t.Name));
        Assert.Equal(OrderIn(culture), categoryNames.Except(defaults));
        Assert.Equal(OrderIn(culture), (await categories.ListAsync(CancellationToken.None)).Select(c => c.Name).Except(defaults));
    }

    private static string[] OrderIn(string culture) => culture == "tr-TR" ? _turkishOrder : _englishOrder;

    // People with worker roles, as an administrator would have added them, in an order that is neither language's.
    private async Task<List<(string Name, string Email)>> RegisterEveryNameAsync()
    {
        var people = _turkishOrder.OrderBy(n => n, StringComparer.Ordinal).Select((name, i) => (name, $"person{i}@demo.local")).ToList();
        await using var db = _desk.NewContext();
        var role = new IdentityRole(nameof(DeskRole.Handler)) { NormalizedName = nameof(DeskRole.Handler).ToUpperInvariant() };
        db.Roles.Add(role);
        foreach (var (name, email) in people)
        {
            var user = new DeskUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), DisplayName = name };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        return people;
    }
}
