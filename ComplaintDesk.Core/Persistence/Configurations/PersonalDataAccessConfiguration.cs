using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("PersonalDataAccesses");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Reference, a.At });
        // "Seen in the last ten minutes?" is asked at every showing of a complaint.
        builder.HasIndex(a => new { a.UserId, a.Reference, a.Action, a.At });
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.UserEmail).HasMaxLength(254);
        builder.Property(a => a.Role).HasMaxLength(100);
        builder.Property(a => a.Reference).HasMaxLength(20);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.Property(a => a.Message).HasMaxLength(TextLimits.MediumText);
    }
}
