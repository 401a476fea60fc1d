using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Culture).HasMaxLength(16);
        builder.Property(t => t.Subject).HasMaxLength(TemplateRules.SubjectLimit);
        builder.Property(t => t.Body).HasMaxLength(TextLimits.LongText);
        builder.Property(t => t.ChangedBy).HasMaxLength(254);
        builder.Property(t => t.Version).IsConcurrencyToken();
        // One set of words per kind and language: two first saves at once cannot both land.
        builder.HasIndex(t => new { t.Purpose, t.Kind, t.Culture }).IsUnique();
    }
}
