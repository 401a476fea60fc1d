using System.Globalization;
using System.Threading.RateLimiting;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// The public complaint form and its API, the complainant's way in (their way to follow it is the status page): anonymous, limited per client address by <see cref="Policy"/>, and not there
/// at all (404) when <see cref="PublicIntakeOptions.Enabled"/> is off.
/// </summary>
public static class PublicIntakeSetup
{
    public const string Policy = "public-intake";

    public const string ApiPath = "/api/public/complaints";

    private const string NotOpen = "PublicIntake.NotOpen";

    public static IServiceCollection AddDeskPublicIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublicIntakeOptions>()
            .Bind(configuration.GetSection(PublicIntakeOptions.Section))
            .Validate(o => o.IsValid(), "Desk:PublicIntake needs PermitsPerAddress and a Window above zero.")
            .ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PublicIntakeOptions>>((limiter, options) =>
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                "intake:" + http.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.PermitsPerAddress, Window = options.Value.Window, QueueLimit = 0 })));
        return services;
    }

    public static void MapPublicIntakeEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost(ApiPath, SubmitAsync)
            .AllowAnonymous()
            .RequireRateLimiting(Policy)
            .WithTags("Public complaint form")
            .WithName("public-complaint")
            .WithMetadata(new TakesFilesAttribute())
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Whether the form is open; when it is not, the desk answers as if it had none.</summary>
    public static void EnsureOpen(IOptions<PublicIntakeOptions> options)
    {
        if (!options.Value.Enabled)
        {
            throw new NotFoundException(DeskMessage.Of(NotOpen));
        }
    }

    private static async Task<Created<PublicReceiptResponse>> SubmitAsync(
        PublicComplaintRequest request, IPublicIntake intake, IOptions<PublicIntakeOptions> options, IOptions<DeskOptions> desk, HttpContext http)
    {
        EnsureOpen(options);
        var unreadable = new FieldErrors();
        var complaint = request.ToComplaint(unreadable);
        complaint = complaint with { Unreadable = unreadable.Any ? unreadable.ToDictionary() : null };
        var receipt = await intake.SubmitAsync(complaint, CultureInfo.CurrentUICulture.Name, http.RequestAborted);
        var status = StatusLink.AddressOf(desk.Value.PublicBaseUrl, receipt.Token);
        return TypedResults.Created(status, new PublicReceiptResponse(receipt.Reference, status));
    }
}
