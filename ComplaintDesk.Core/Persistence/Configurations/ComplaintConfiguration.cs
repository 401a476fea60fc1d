using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintDesk.Core.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        // A handler's own queue (assignee, open statuses, newest first) reads just its page from
        // this index; on its own, AssigneeEmail made SQLite fetch and sort all of their complaints.
        builder.HasIndex(c => new { c.AssigneeEmail, c.Status, c.ReceivedAt });
        builder.HasIndex(c => c.ReceivedAt);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.ProductOrService).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.Description).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.DesiredOutcome).HasMaxLength(TextLimits.MediumText);
        builder.Property(c => c.SubjectStaffEmail).HasMaxLength(254);
        builder.Property(c => c.AssigneeEmail).HasMaxLength(254);
        builder.Property(c => c.FirstHandlerEmail).HasMaxLength(254);
        builder.Property(c => c.DecisionCommunicatedBy).HasMaxLength(254);
        builder.PrimitiveCollection(c => c.BarredFromDeciding).HasField("_barredFromDeciding").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.ResponseText).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.DecisionText).HasMaxLength(TextLimits.LongText);
        builder.Property(c => c.SatisfactionComment).HasMaxLength(TextLimits.MediumText);
        builder.Property(c => c.RootCause).HasMaxLength(TextLimits.ShortText);
        builder.Property(c => c.CorrectiveAction).HasMaxLength(TextLimits.Name);
        builder.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TeamId, c.Status, c.ReceivedAt });
        builder.HasOne<Complaint>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Complainant).WithOne().HasForeignKey<Complainant>(p => p.ComplaintId);
        builder.HasMany(c => c.Timeline).WithOne().HasForeignKey(e => e.ComplaintId);
        builder.Navigation(c => c.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsPaused);

        // "What is due or overdue" reads this index, never the whole table.
        builder.HasIndex(c => c.NextDueAt);
        // The escalation sweep reads only complaints with an alarm due from this index.
        builder.HasIndex(c => c.NextAlarmAt);
        builder.OwnsMany(c => c.Clocks, clock =>
        {
            clock.ToTable("ComplaintClocks");
            clock.WithOwner().HasForeignKey("ComplaintId");
            clock.HasKey("ComplaintId", nameof(ComplaintClock.Kind));
        });
        builder.Navigation(c => c.Clocks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Pauses, pause =>
        {
            pause.ToTable("ComplaintPauses");
            pause.WithOwner().HasForeignKey("ComplaintId");
            pause.Property<long>("Id");
            pause.HasKey("Id");
        });
        builder.Navigation(c => c.Pauses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
