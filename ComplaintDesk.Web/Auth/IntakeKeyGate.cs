using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Web.Auth;

/// <summary>
/// An intake key opens only the endpoints marked <see cref="OpenToIntakeKeys"/>: everything else answers 403 however
/// much its person may do, so a key leaked from a website's form cannot read the queue.
/// </summary>
public static class IntakeKeyGate
{
    public static TBuilder OpenToIntakeKeys<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder => endpoint.WithMetadata(new IntakeKeysWelcome());

    public static void UseIntakeKeyGate(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(ApiKeyAuthentication.ScopeClaim, nameof(ApiKeyScope.Intake))
                && context.GetEndpoint()?.Metadata.GetMetadata<IntakeKeysWelcome>() is null)
            {
                var text = context.RequestServices.GetRequiredService<IStringLocalizer<DeskText>>();
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status403Forbidden, Title = text["Problem.NotAllowed"], Detail = text["Problem.IntakeKeyOnly"],
                    },
                });
                return;
            }

            await next();
        });

    private sealed class IntakeKeysWelcome;
}
