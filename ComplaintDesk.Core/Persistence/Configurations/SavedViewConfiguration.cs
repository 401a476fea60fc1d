using ComplaintDesk.Core.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.OwnerId).HasMaxLength(450);
        builder.Property(v => v.Name).HasMaxLength(SavedViewRules.NameLength);
        builder.Property(v => v.NameKey).HasMaxLength(SavedViewRules.NameLength);
        builder.Property(v => v.Query).HasMaxLength(SavedViewRules.QueryLength);
        builder.HasIndex(v => new { v.OwnerId, v.NameKey }).IsUnique();
    }
}
