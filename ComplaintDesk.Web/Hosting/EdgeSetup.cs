using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>What sits at the edge of every request: forwarded headers from known proxies, HSTS, the security headers.</summary>
public static class EdgeSetup
{
    public static IServiceCollection AddDeskEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.Section))
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Desk:Proxy:KnownProxies must list IP addresses.")
            .Validate(o => AffinityCookie.IsValidName(o.AffinityCookie), AffinityCookie.NameRule)
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // Only the proxies named in the settings: not even the loopback address is believed by default.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var address in proxy.Value.KnownProxies)
                {
                    if (IPAddress.TryParse(address, out var known))
                    {
                        forwarded.KnownProxies.Add(known);
                    }
                }
            });
        return services;
    }

    public static void UseDeskEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.Use((context, next) =>
        {
            // At the start of the answer, so an error page that cleared the headers gets them too.
            context.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseInlineScriptHashesOnTheApiReference();
        app.UseAffinityCookie();
    }
}
