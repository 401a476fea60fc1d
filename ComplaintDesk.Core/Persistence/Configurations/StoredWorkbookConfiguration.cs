using ComplaintDesk.Core.Reports.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class StoredWorkbookConfiguration : IEntityTypeConfiguration<StoredWorkbook>
{
    public void Configure(EntityTypeBuilder<StoredWorkbook> builder)
    {
        builder.ToTable("StoredWorkbooks");
        builder.HasKey(w => w.FileName);
        builder.Property(w => w.FileName).HasMaxLength(64);
    }
}
