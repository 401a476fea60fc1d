using ComplaintDesk.Core.Reports.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class MonthlyReportRunConfiguration : IEntityTypeConfiguration<MonthlyReportRun>
{
    public void Configure(EntityTypeBuilder<MonthlyReportRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Month).HasMaxLength(7);
        builder.HasIndex(r => new { r.Month, r.StartedAt });
        builder.Property(r => r.RequestedBy).HasMaxLength(254);
        builder.Property(r => r.Failure).HasMaxLength(500);
    }
}
