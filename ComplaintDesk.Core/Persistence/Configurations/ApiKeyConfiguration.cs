using ComplaintDesk.Core.Access;
using ComplaintDesk.Core.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(32);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameLength);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        builder.Property(k => k.Ending).HasMaxLength(8);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.HasIndex(k => k.SecretHash).IsUnique();
        builder.HasIndex(k => k.UserId);
        builder.HasOne<DeskUser>().WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DeskSession>().WithOne().HasForeignKey<ApiKey>(k => k.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
