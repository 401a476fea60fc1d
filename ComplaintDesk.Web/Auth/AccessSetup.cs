using ComplaintDesk.Core.Access;
using ComplaintDesk.Web.Hubs;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Auth;

/// <summary>Access that ends: server-side sessions, their checks everywhere a person holds access, sign-in protection.</summary>
public static class AccessSetup
{
    public static IServiceCollection AddDeskAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskSessionOptions>()
            .Bind(configuration.GetSection(DeskSessionOptions.Section))
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.AbsoluteTimeout >= o.IdleTimeout,
                "Desk:Sessions needs an IdleTimeout above zero and an AbsoluteTimeout no shorter than it.")
            .ValidateOnStart();
        services.AddOptions<SignInProtectionOptions>()
            .Bind(configuration.GetSection(SignInProtectionOptions.Section))
            .Validate(o => o.FailuresPerMinute > 0, "Desk:SignIn:FailuresPerMinute must be above zero.")
            .ValidateOnStart();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<DeskSessionOptions>>((cookie, sessions) =>
            {
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
            });

        services.AddSingleton<SessionLedger>();
        services.AddSingleton<AccessCheck>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<DeskSignIn>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingDeskAuthenticationState>();
        services.AddSingleton<LiveConnections>();
        services.AddHostedService<ConnectionGuard>();
        return services;
    }
}
