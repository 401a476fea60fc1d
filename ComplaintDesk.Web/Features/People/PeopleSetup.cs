using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Web.Features.People;

public static class PeopleSetup
{
    /// <summary>Deactivated accounts cannot sign in, by the page or the API.</summary>
    public static IServiceCollection AddDeskPeople(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(options => options.SignIn.RequireConfirmedAccount = true);
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<DeskUser>, ActiveAccountConfirmation>());
        return services;
    }
}
