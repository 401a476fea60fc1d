using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.StatusPage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class StatusLinkConfiguration : IEntityTypeConfiguration<StatusLink>
{
    public void Configure(EntityTypeBuilder<StatusLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Token).HasMaxLength(StatusTokens.Length).IsFixedLength();
        builder.HasIndex(l => l.Token).IsUnique();
        builder.HasIndex(l => l.ComplaintId).IsUnique();
        builder.HasOne<Complaint>().WithMany().HasForeignKey(l => l.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
