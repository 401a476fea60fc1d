using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class OutgoingMessageConfiguration : IEntityTypeConfiguration<OutgoingMessage>
{
    public void Configure(EntityTypeBuilder<OutgoingMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(254);
        builder.Property(m => m.Culture).HasMaxLength(16);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(m => m.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Event).WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ComplaintId, m.QueuedAt });
        // The sender's question, asked at every sweep: what is queued and due.
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
    }
}
