using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.ApiKeys;
using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Categories;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Mail;
using ComplaintDesk.Core.Mail.Inbound;
using ComplaintDesk.Core.Persistence.Configurations;
using ComplaintDesk.Core.Privacy;
using ComplaintDesk.Core.Reports.Runs;
using ComplaintDesk.Core.Search;
using ComplaintDesk.Core.Sla;
using ComplaintDesk.Core.StatusPage;
using ComplaintDesk.Core.Teams;
using ComplaintDesk.Core.Templates;
using ComplaintDesk.Core.Views;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// The desk's one database: complaints, their timelines, categories, Identity's users and roles, and (when
/// several nodes share it) the keys that protect cookies and tokens. Every save brings the text index up to
/// date with the complaints it writes (<see cref="SearchIndexUpkeep"/>).
/// </summary>
public sealed class DeskDbContext(DbContextOptions<DeskDbContext> options) : IdentityDbContext<DeskUser>(options), IDataProtectionKeyContext
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Complainant> Complainants => Set<Complainant>();

    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<MonthlyReportRun> MonthlyReportRuns => Set<MonthlyReportRun>();

    public DbSet<DeskSession> DeskSessions => Set<DeskSession>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PersonalDataAccess> PersonalDataAccesses => Set<PersonalDataAccess>();

    public DbSet<SavedView> SavedViews => Set<SavedView>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<StatusLink> StatusLinks => Set<StatusLink>();

    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();

    public DbSet<MessageTemplate> MessageTemplates => Set<MessageTemplate>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    internal DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    internal DbSet<SlaSettingsRecord> SlaSettings => Set<SlaSettingsRecord>();

    internal DbSet<StoredWorkbook> StoredWorkbooks => Set<StoredWorkbook>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseTimelineRewrites();
        SearchIndexUpkeep.Track(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseTimelineRewrites();
        SearchIndexUpkeep.Track(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every configuration with no constructor arguments; the text index's depends on the engine.
        builder.ApplyConfigurationsFromAssembly(typeof(DeskDbContext).Assembly);
        builder.ApplyConfiguration(new ComplaintSearchEntryConfiguration(Database.IsSqlite()));
        SearchFoldTranslation.Map(builder, Database.IsNpgsql());
        if (Database.IsNpgsql())
        {
            builder.HasPostgresExtension(ComplaintSearchEntryConfiguration.TrigramExtension);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset values, so instants are stored as UTC date-times.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    // ISO 10002 4.9: the timeline is a record of fact; it only ever grows. So do the access records (4.10).
    private void RefuseTimelineRewrites()
    {
        var rewritten = ChangeTracker.Entries()
            .Any(e => e.Entity is TimelineEvent or AuditEvent or PersonalDataAccess && e.State is EntityState.Modified or EntityState.Deleted);
        if (rewritten)
        {
            throw new InvalidOperationException("Timeline events, audit events and personal-data access records are immutable and cannot be changed or deleted.");
        }
    }
}
