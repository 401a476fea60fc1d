using AngleSharp.Dom;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Components;

/// <summary>The administration pages on Core's real categories and teams, on a SQLite file of their own, signed in as an administrator.</summary>
public abstract class AdministrationPageContext : DeskPageContext, IAsyncLifetime
{
    protected static readonly Actor Administrator = new(DeskPerson.Administrator.UserId, DeskPerson.Administrator.Email, new HashSet<DeskRole> { DeskRole.Administrator });

    protected AdministrationPageContext() => SignInAs(DeskPerson.Administrator);

    protected SqliteDesk Desk { get; } = new();

    protected ICategoryDesk CategoryDesk => Desk.Services.GetRequiredService<ICategoryDesk>();

    protected ITeamDesk TeamDesk => Desk.Services.GetRequiredService<ITeamDesk>();

    public new async Task InitializeAsync()
    {
        await Desk.InitializeAsync();
        Services.AddSingleton(CategoryDesk);
        Services.AddSingleton(TeamDesk);
        Services.AddSingleton(Desk.Services.GetRequiredService<ICategoryList>());
        Services.AddSingleton(Desk.Services.GetRequiredService<ITemplateDesk>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Desk.DisposeAsync();
    }

    protected static string? ErrorUnder(IElement input) =>
        input.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error > .me-auto")?.TextContent.Trim();
}
