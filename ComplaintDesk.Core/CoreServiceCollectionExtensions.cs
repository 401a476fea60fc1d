using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Complaints.Bulk;
using ComplaintDesk.Core.Complaints.Duplicates;
using ComplaintDesk.Core.Complaints.Queries;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Intake;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Monitoring;
using ComplaintDesk.Core.People;
using ComplaintDesk.Core.Persistence;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Core.Reports.Workbook;
using ComplaintDesk.Core.Search;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.Staff;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Core.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Core;

public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddComplaintDeskCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeskOptions>()
            .Bind(configuration.GetSection(DeskOptions.Section))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Desk:TimeZone is not a known IANA time zone.")
            .ValidateOnStart();
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.Section))
            .Validate(o => !SlaSettingsRules.CheckCalendar(o).Any, "Desk:Calendar needs a working day and an end after its start.")
            .ValidateOnStart();
        services.AddOptions<SlaOptions>()
            .Bind(configuration.GetSection(SlaOptions.Section))
            .Validate(o => !SlaSettingsRules.CheckSla(o).Any, "Desk:Sla needs a warning share in (0, 1] and targets above zero for every priority and category override.")
            .ValidateOnStart();
        services.AddOptions<EscalationOptions>()
            .Bind(configuration.GetSection(EscalationOptions.Section))
            .Validate(o => o.UnhandledAfter > TimeSpan.Zero && o.ReminderInterval > TimeSpan.Zero, "Desk:Escalation needs UnhandledAfter and ReminderInterval above zero.")
            .ValidateOnStart();
        services.AddSingleton<StoredSlaSettings>();
        services.AddSingleton<DueClocks>();
        services.AddSingleton<ISlaSettings>(provider => provider.GetRequiredService<StoredSlaSettings>());
        services.AddSingleton<ISlaSettingsEditor>(provider => provider.GetRequiredService<StoredSlaSettings>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DeskTimeZone>();
        services.AddSingleton<IComplaintQueries, ComplaintQueries>();
        services.AddSingleton<IChangedComplaints, ChangedComplaints>();
        services.AddSingleton<IComplaintWorkflow, ComplaintWorkflow>();
        services.AddOptions<ClosingOptions>()
            .Bind(configuration.GetSection(ClosingOptions.Section))
            .Validate(o => o.NoReplyAfterDays >= 0, "Desk:Closing:NoReplyAfterDays must be a number of days, or 0 to never close a complaint for want of a reply.")
            .ValidateOnStart();
        services.AddSingleton<INoReplyClosing, NoReplyClosing>();
        services.AddOptions<AttachmentOptions>()
            .Bind(configuration.GetSection(AttachmentOptions.Section))
            .Validate(o => o.MaxFileMegabytes > 0 && o.MaxPerMessage >= 0, "Desk:Attachments needs MaxFileMegabytes above zero and MaxPerMessage of zero or more.")
            .ValidateOnStart();
        services.AddSingleton<IAttachmentFiles, AttachmentFiles>();
        services.AddSingleton<IDuplicateQueries, DuplicateQueries>();
        services.AddSingleton<IComplainantHistory, ComplainantHistory>();
        services.AddSingleton<IBulkMoves, BulkMoves>();
        services.AddSingleton<ISavedViewDesk, SavedViewDesk>();
        services.AddSingleton<EscalationChecks>();
        services.AddSingleton<IAlertDesk, AlertDesk>();
        services.AddSingleton<IAlertTriage, AlertTriage>();
        services.AddSingleton<MonitoringDesk>();
        services.AddSingleton<IMonitoringDesk>(provider => provider.GetRequiredService<MonitoringDesk>());
        services.AddSingleton<MonthlyWorkbook>();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddSingleton<MonthlyReports>();
        services.AddSingleton<IMonthlyReports>(provider => provider.GetRequiredService<MonthlyReports>());
        services.AddSingleton<StaffPreferences>();
        services.AddSingleton<IStaffPreferences>(sp => sp.GetRequiredService<StaffPreferences>());
        services.AddSingleton<IStaffList, StaffList>();
        services.AddSingleton<ICategoryList, CategoryList>();
        services.AddSingleton<IStaffNames, StaffNames>();
        services.AddSingleton<IPeopleDesk, PeopleDesk>();
        services.AddSingleton<IApiKeyDesk, ApiKeyDesk>();
        services.AddSingleton<IStatusPageDesk, StatusPageDesk>();
        services.AddSingleton<IPublicIntake, PublicIntake>();
        services.AddSingleton<ITemplateDesk, TemplateDesk>();
        services.AddDeskOrganisation();
        services.AddDeskPrivacy(configuration);
        services.AddDeskMail(configuration);
        return services;
    }

    /// <summary>One database for everything; a context per unit of work comes from the factory.</summary>
    public static IServiceCollection AddDeskPersistence(
        this IServiceCollection services, string connectionString, DeskDatabaseProvider provider = DeskDatabaseProvider.Sqlite)
    {
        services.AddDbContextFactory<DeskDbContext>(options => DeskDatabase.Use(options, provider, connectionString));
        services.AddSingleton(new DeskDatabaseSource(provider, connectionString));
        services.AddSingleton<DatabaseStartLock>();
        // Several nodes share the database, not a folder: there every node serves a workbook another built.
        if (provider == DeskDatabaseProvider.Postgres)
        {
            services.AddSingleton<IWorkbookStore, DatabaseWorkbookStore>();
        }
        else
        {
            services.AddSingleton<IWorkbookStore, FolderWorkbookStore>();
        }

        services.AddSingleton(DeskDatabase.TextIndex(provider));
        return services;
    }
}
