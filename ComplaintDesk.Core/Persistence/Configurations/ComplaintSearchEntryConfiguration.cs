using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

/// <summary>
/// The text index: on SQLite an FTS5 table (created by its migration, not from this model) whose rowid is
/// the complaint's id. FTS5 cannot answer an UPDATE with RETURNING, so EF checks the rows it changed without it.
/// </summary>
internal sealed class ComplaintSearchEntryConfiguration : IEntityTypeConfiguration<ComplaintSearchEntry>
{
    public void Configure(EntityTypeBuilder<ComplaintSearchEntry> builder)
    {
        builder.ToTable(SqliteComplaintTextIndex.Table, table =>
        {
            table.ExcludeFromMigrations();
            table.UseSqlReturningClause(false);
        });
        builder.HasKey(e => e.ComplaintId);
        builder.Property(e => e.ComplaintId).HasColumnName("rowid").ValueGeneratedNever();
        builder.HasOne(e => e.Complaint).WithOne().HasForeignKey<ComplaintSearchEntry>(e => e.ComplaintId);
    }
}
