using ComplaintDesk.Core.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Core.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>The personal-data access records, erasure and retention (ISO 10002 4.10), and the audit that reads them.</summary>
    public static IServiceCollection AddDeskPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.AnonymiseClosedAfterDays > 0, "Desk:Retention:AnonymiseClosedAfterDays must be a number of days above zero.")
            .ValidateOnStart();
        services.AddSingleton<IPersonalDataLog, PersonalDataLog>();
        services.AddSingleton<IPersonalDataErasure, PersonalDataErasure>();
        services.AddSingleton<IAuditTrail, AuditTrail>();
        return services;
    }
}
