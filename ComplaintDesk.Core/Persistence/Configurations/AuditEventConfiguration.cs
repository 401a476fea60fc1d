using ComplaintDesk.Core.Audit;
using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.At);
        builder.Property(e => e.ActorEmail).HasMaxLength(254);
        builder.Property(e => e.Area).HasMaxLength(100);
        builder.Property(e => e.Summary).HasMaxLength(500);
        builder.Property(e => e.Message).HasMaxLength(TextLimits.MediumText);
        builder.Ignore(e => e.What);
    }
}
