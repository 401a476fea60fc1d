using System.Threading.RateLimiting;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ComplaintDesk.Web.Localization;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// ASP.NET Core rate limiting for what a status link reaches: the endpoints that name <see cref="Policy"/> are limited
/// per token by that policy and per client address by the global limiter, which lets every other endpoint pass.
/// </summary>
public static class StatusPageLimits
{
    public const string Policy = "status-page";

    public static IServiceCollection AddDeskStatusPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatusPageOptions>()
            .Bind(configuration.GetSection(StatusPageOptions.Section))
            .Validate(o => o.IsValid(), "Desk:StatusPage needs PermitsPerToken and PermitsPerAddress above zero and a Window above zero.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<StatusPageOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            limiter.AddPolicy(Policy, http => Partition("token:" + TokenKey(http), limits.PermitsPerToken, limits.Window));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimited(http)
                ? Partition("address:" + http.Connection.RemoteIpAddress, limits.PermitsPerAddress, limits.Window)
                : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    public static void UseDeskStatusPage(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseStatusLinkGate();
    }

    private static bool IsLimited(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy;

    // Only a token's own shape gets a partition of its own; anything else shares one, so junk cannot grow the table.
    private static string TokenKey(HttpContext http) =>
        http.GetRouteValue("token") is string token && token.Length == StatusTokens.Length ? token : "";

    private static RateLimitPartition<string> Partition(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = SignInPause.Seconds(
            rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<DeskText>>();
        IResult answer = http.Request.Path.StartsWithSegments("/api")
            ? TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = text["StatusPage.TooMany.Title"],
                Detail = text["StatusPage.TooMany.Explain"],
            })
            : new RazorComponentResult<StatusPausedPage> { StatusCode = StatusCodes.Status429TooManyRequests };
        await answer.ExecuteAsync(http);
    }
}
