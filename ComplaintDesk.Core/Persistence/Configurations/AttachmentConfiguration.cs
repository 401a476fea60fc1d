using ComplaintDesk.Core.Attachments;
using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne(a => a.Complaint).WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Event).WithMany().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.FileName).HasMaxLength(AdmittedFile.NameLength);
        builder.Property(a => a.ContentType).HasMaxLength(AdmittedFile.TypeLength);
    }
}
