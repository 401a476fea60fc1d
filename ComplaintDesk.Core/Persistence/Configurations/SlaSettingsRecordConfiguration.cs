using ComplaintDesk.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class SlaSettingsRecordConfiguration : IEntityTypeConfiguration<SlaSettingsRecord>
{
    public void Configure(EntityTypeBuilder<SlaSettingsRecord> builder)
    {
        builder.ToTable("SlaSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
