using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

/// <summary>
/// The text index. On SQLite an FTS5 table (created by its migration, not from this model) whose rowid is the
/// complaint's id; FTS5 cannot answer an UPDATE with RETURNING, so EF checks the rows it changed without it.
/// On PostgreSQL a plain table with a pg_trgm GIN index on each folded column.
/// </summary>
internal sealed class ComplaintSearchEntryConfiguration(bool onSqlite) : IEntityTypeConfiguration<ComplaintSearchEntry>
{
    public const string TrigramExtension = "pg_trgm";

    public void Configure(EntityTypeBuilder<ComplaintSearchEntry> builder)
    {
        builder.HasKey(e => e.ComplaintId);
        builder.Property(e => e.ComplaintId).ValueGeneratedNever();
        builder.HasOne(e => e.Complaint).WithOne().HasForeignKey<ComplaintSearchEntry>(e => e.ComplaintId);
        builder.ToTable(SqliteComplaintTextIndex.Table, table =>
        {
            if (onSqlite)
            {
                table.ExcludeFromMigrations();
                table.UseSqlReturningClause(false);
            }
        });
        if (onSqlite)
        {
            builder.Property(e => e.ComplaintId).HasColumnName("rowid");
            return;
        }

        foreach (var column in (string[])[nameof(ComplaintSearchEntry.Reference), nameof(ComplaintSearchEntry.ProductOrService),
            nameof(ComplaintSearchEntry.Description), nameof(ComplaintSearchEntry.ComplainantName)])
        {
            builder.HasIndex(column).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
