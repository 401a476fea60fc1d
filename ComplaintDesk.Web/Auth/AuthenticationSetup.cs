using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Web.Hubs;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ComplaintDesk.Web.Auth;

public static class AuthenticationSetup
{
    /// <summary>Picks the API key or bearer token when a request carries one, the Identity cookie otherwise.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    public static IServiceCollection AddDeskAuthentication(this IServiceCollection services)
    {
        services.AddIdentityCore<DeskUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<DeskIdentityErrors>()
            .AddEntityFrameworkStores<DeskDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DeskClaimsFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie, bearer token or API key", options =>
                options.ForwardDefaultSelector = context =>
                    ApiKeyAuthentication.IsPresent(context.Request) ? ApiKeyAuthentication.SchemeName
                    : BearerToken.Read(context.Request) is not null ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.Events.OnMessageReceived = SessionValidation.ValidateBearerAsync)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login";
            options.AccessDeniedPath = "/not-allowed";
            options.Cookie.Name = "ComplaintDesk";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = SessionValidation.ValidateCookieAsync,
            };
        });

        services.AddAuthorization(options => options.AddCapabilityPolicies());
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        return services;
    }

    // An API or hub caller wants a status code, not a login page (a hub client can do nothing with a redirect).
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(HubSetup.Path))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
