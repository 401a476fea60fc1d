using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintDesk.Tests.Core;

/// <summary>
/// ISO 10002 7.2: a valid complaint gets a reference and its first timeline event; its receipt
/// time is checked against the moment it is registered.
/// </summary>
public sealed class ReceivingAComplaint
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 11, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Registers_it_as_received_at_version_1_with_one_event_under_clause_7_2()
    {
        var complaint = Receive(NewComplaints.Valid(_time.GetUtcNow().AddHours(-2)));

        Assert.Equal(("CMP-2026-000042", ComplaintStatus.Received, 1), (complaint.Reference, complaint.Status, complaint.Version));
        var received = Assert.Single(complaint.Timeline);
        Assert.Equal((ComplaintMove.Receive, "7.2", null, ComplaintStatus.Received),
            (received.Move, received.Clause, received.FromStatus, received.ToStatus));
        Assert.Equal((_time.GetUtcNow(), Actors.Handler.Email), (received.At, received.ActorEmail));
    }

    [Fact]
    public void Keeps_what_was_received_cleaned_up()
    {
        var input = NewComplaints.Valid(_time.GetUtcNow()) with
        {
            Channel = Channel.Phone,
            ProductOrService = "  Home delivery ",
            SubjectStaffEmail = "Handler2@Demo.Local",
        };

        var complaint = Receive(input);

        Assert.Equal((Channel.Phone, "Home delivery", "handler2@demo.local"),
            (complaint.Channel, complaint.ProductOrService, complaint.SubjectStaffEmail));
        Assert.Equal(("Ayşe Yılmaz", ContactMethod.Email), (complaint.Complainant.Name, complaint.Complainant.PreferredContact));
    }

    [Theory]
    [InlineData(null, Priority.Medium)]
    [InlineData(Priority.Critical, Priority.Critical)]
    public void Takes_the_given_priority_or_else_the_default(Priority? given, Priority expected)
    {
        var complaint = Receive(NewComplaints.Valid(_time.GetUtcNow()) with { Priority = given });

        Assert.Equal(expected, complaint.Priority);
    }

    [Fact]
    public void Accepts_a_receipt_time_of_exactly_now()
    {
        var complaint = Receive(NewComplaints.Valid(_time.GetUtcNow()));

        Assert.Equal(_time.GetUtcNow(), complaint.ReceivedAt);
    }

    [Fact]
    public void Stores_the_receipt_time_in_utc()
    {
        var complaint = Receive(NewComplaints.Valid(_time.GetUtcNow()) with { ReceivedAt = new DateTimeOffset(2026, 11, 23, 9, 15, 0, TimeSpan.FromHours(3)) });

        Assert.Equal((new DateTimeOffset(2026, 11, 23, 6, 15, 0, TimeSpan.Zero), TimeSpan.Zero),
            (complaint.ReceivedAt, complaint.ReceivedAt.Offset));
    }

    [Fact]
    public void Takes_now_when_no_receipt_time_is_given()
    {
        _time.Advance(TimeSpan.FromMinutes(5));

        var complaint = Receive(NewComplaints.Valid(_time.GetUtcNow()) with { ReceivedAt = null });

        Assert.Equal(_time.GetUtcNow(), complaint.ReceivedAt);
    }

    [Fact]
    public void Refuses_a_receipt_time_in_the_future()
    {
        var input = NewComplaints.Valid(_time.GetUtcNow().AddSeconds(1));

        AssertRefusedFor("receivedAt", input);
    }

    [Fact]
    public void Accepts_a_receipt_time_exactly_90_days_back()
    {
        var ninetyDaysBack = _time.GetUtcNow().AddDays(-90);

        var complaint = Receive(NewComplaints.Valid(ninetyDaysBack));

        Assert.Equal(ninetyDaysBack, complaint.ReceivedAt);
    }

    [Fact]
    public void Refuses_a_receipt_time_more_than_90_days_back()
    {
        var input = NewComplaints.Valid(_time.GetUtcNow().AddDays(-90).AddSeconds(-1));

        AssertRefusedFor("receivedAt", input);
    }

    [Fact]
    public void Checks_the_receipt_time_against_the_moment_of_registering()
    {
        var input = NewComplaints.Valid(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromDays(91));

        AssertRefusedFor("receivedAt", input);
    }

    private Complaint Receive(NewComplaint input) =>
        Complaint.Receive(input, null, "CMP-2026-000042", Priority.Medium, new Stamp(_time.GetUtcNow(), Actors.Handler));

    private void AssertRefusedFor(string field, NewComplaint input)
    {
        var refusal = Assert.Throws<InvalidInputException>(() => Receive(input));
        Assert.Equal(field, Assert.Single(refusal.Errors).Key);
    }
}
