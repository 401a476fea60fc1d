using ComplaintDesk.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class ComplainantConfiguration : IEntityTypeConfiguration<Complainant>
{
    public void Configure(EntityTypeBuilder<Complainant> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.PostalAddress).HasMaxLength(TextLimits.MediumText);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.EmailKey).HasMaxLength(254);
        builder.Property(c => c.PhoneKey).HasMaxLength(40);
        // The complainant's history and possible duplicates look complainants up by these, never by scanning.
        builder.HasIndex(c => c.EmailKey);
        builder.HasIndex(c => c.PhoneKey);
    }
}
