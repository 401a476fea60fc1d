using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.ComplaintId, e.At });
        // Monitoring counts one kind of event in a period (rejected decisions) without reading the rest.
        builder.HasIndex(e => new { e.Move, e.At });
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorEmail).HasMaxLength(254);
        builder.Property(e => e.Clause).HasMaxLength(32);
        builder.Property(e => e.Summary).HasMaxLength(TextLimits.ShortText);
        builder.Property(e => e.Message).HasMaxLength(TextLimits.MediumText);
        builder.Ignore(e => e.What);
        builder.Property(e => e.Text).HasMaxLength(TextLimits.LongText);
    }
}
