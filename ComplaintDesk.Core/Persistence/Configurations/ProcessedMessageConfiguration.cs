using ComplaintDesk.Core.Mail.Inbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageKey).HasMaxLength(ProcessedMessage.KeyLength);
        builder.HasIndex(m => m.MessageKey).IsUnique();
    }
}
