using ComplaintDesk.Core.Categories;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.Teams;

public static class OrganisationServiceCollectionExtensions
{
    /// <summary>How the desk is organised: its categories and its teams.</summary>
    public static IServiceCollection AddDeskOrganisation(this IServiceCollection services)
    {
        services.AddSingleton<ICategoryDesk, CategoryDesk>();
        services.AddSingleton<TeamDesk>();
        services.AddSingleton<ITeamDesk>(provider => provider.GetRequiredService<TeamDesk>());
        services.AddSingleton<ITeamMembership>(provider => provider.GetRequiredService<TeamDesk>());
        return services;
    }
}
