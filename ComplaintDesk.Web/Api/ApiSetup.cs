using System.Text.Json.Serialization;
using ComplaintDesk.Web.Api.StatusPage;
using ComplaintDesk.Web.Features.StatusPage;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace ComplaintDesk.Web.Api;

public static class ApiSetup
{
    public static IServiceCollection AddDeskApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new UtcInstantJsonConverter());
        });
        // Bad bodies throw so the exception handler can answer them with field errors in every environment.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi(options => options.UseWireSchemaNames()
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "ComplaintDesk API";
                document.Info.Description = "Intake and work API of the ISO 10002 complaints desk. Sign in at /api/v1/auth/login and send the token as Authorization: Bearer. "
                    + UtcInstantJsonConverter.Description;
                return Task.CompletedTask;
            })
            .AddSchemaTransformer<ChoiceSchemaTransformer>()
            .AddSchemaTransformer<NullableEnumSchemaTransformer>()
            .AddSchemaTransformer<RequiredFieldsSchemaTransformer>()
            .AddDocumentTransformer<RequiredFieldsSchemaTransformer>()
            .AddSchemaTransformer<AccountChoiceSchemaTransformer>()
            .AddOperationTransformer<QueryNamesOperationTransformer>()
            .AddOperationTransformer<AnswerHeadersOperationTransformer>());
        return services;
    }

    // The routes complainants reach without signing in (status page, public form) live under this path.
    private const string PublicApi = "/api/public";

    private static bool IsDocumentation(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/openapi")
        || (context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/api/v1")
            && !context.Request.Path.StartsWithSegments(PublicApi));

    private static Task RefuseAnonymousAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public static void MapDeskApi(this WebApplication app)
    {
        // The document maps the whole API surface: outside Development it is for signed-in callers only.
        var anonymousDocs = app.Environment.IsDevelopment();
        app.MapOpenApi().AllowAnonymous();
        if (!anonymousDocs)
        {
            // A plain 401 for the document and the reference (a challenge would send a client to the sign-in page).
            app.UseWhen(IsDocumentation, docs => docs.Use(RefuseAnonymousAsync));
        }

        app.MapScalarApiReference("/api", options =>
            {
                // An internal desk: nothing in the reference may reach outside services.
                options.WithTitle("ComplaintDesk API").DisableDefaultFonts();
                options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
                options.Agent = new ScalarAgentOptions { Disabled = true };
            })
            .AllowAnonymous();

        var v1 = app.MapGroup("/api/v1");
        v1.MapAuthEndpoints();
        v1.MapPasswordEndpoints();
        v1.MapGroup("/users").RequireAuthorization().WithTags("Users").ProducesProblem(StatusCodes.Status401Unauthorized).MapUserEndpoints();
        v1.MapGroup("/users").RequireAuthorization().WithTags("API keys").ProducesProblem(StatusCodes.Status401Unauthorized).MapApiKeyEndpoints();
        v1.MapLogoutEndpoints();
        var complaints = v1.MapGroup("/complaints").RequireAuthorization().WithTags("Complaints").ProducesProblem(StatusCodes.Status401Unauthorized);
        complaints.MapComplaintEndpoints();
        complaints.MapComplaintActionEndpoints();
        complaints.MapPrivacyEndpoints();
        v1.MapGroup("/alerts").RequireAuthorization().WithTags("Alerts").ProducesProblem(StatusCodes.Status401Unauthorized).MapAlertEndpoints();
        v1.MapGroup("/reports").RequireAuthorization().WithTags("Reports").ProducesProblem(StatusCodes.Status401Unauthorized).MapReportEndpoints();
        v1.MapOrganisationEndpoints();
        v1.MapGroup("/audit").RequireAuthorization().WithTags("Audit").ProducesProblem(StatusCodes.Status401Unauthorized).MapAuditEndpoints();
        app.MapPublicStatusEndpoints();
        app.MapPublicIntakeEndpoints();
    }
}
