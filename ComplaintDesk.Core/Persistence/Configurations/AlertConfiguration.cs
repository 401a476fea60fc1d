using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Escalations;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.HasKey(a => a.Id);
        // Raised exactly once, whoever checks and however often: the database refuses a second one.
        builder.Property(a => a.Key).HasMaxLength(80);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => new { a.AcknowledgedAt, a.RaisedAt });
        builder.HasIndex(a => a.ComplaintId);
        builder.HasIndex(a => a.RaisedAt);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ComplaintReference).HasMaxLength(20);
        builder.Property(a => a.TargetEmail).HasMaxLength(254);
        builder.Property(a => a.AcknowledgedBy).HasMaxLength(254);
        builder.Property(a => a.Reason).HasMaxLength(TextLimits.MediumText);
        // Two people acknowledging at once: the second finds it already done instead of overwriting.
        builder.Property(a => a.AcknowledgedAt).IsConcurrencyToken();
        builder.Ignore(a => a.IsOpen);
    }
}
