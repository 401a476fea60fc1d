using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>Intake data that is missing or too long is refused, with every problem reported at once.</summary>
public sealed class RefusingAnIncompleteComplaint
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);
    private static readonly NewComplaint _valid = NewComplaints.Valid(_now);

    private static readonly Dictionary<string, (NewComplaint Input, string Field)> _cases = new()
    {
        ["no channel"] = (_valid with { Channel = null }, "channel"),
        ["a blank channel"] = (_valid with { Channel = "  " }, "channel"),
        ["an unknown channel"] = (_valid with { Channel = "Fax" }, "channel"),
        ["an unknown priority"] = (_valid with { Priority = "Urgent" }, "priority"),
        ["no complainant"] = (_valid with { Complainant = null }, "complainant"),
        ["no complainant name"] = (_valid with { Complainant = NewComplaints.Complainant with { Name = " " } }, "complainant.name"),
        ["a too long complainant name"] = (
            _valid with { Complainant = NewComplaints.Complainant with { Name = new string('n', TextLimits.Name + 1) } },
            "complainant.name"),
        ["no preferred contact"] = (
            _valid with { Complainant = NewComplaints.Complainant with { PreferredContact = null } }, "complainant.preferredContact"),
        ["no product or service"] = (_valid with { ProductOrService = "" }, "productOrService"),
        ["no description"] = (_valid with { Description = null }, "description"),
        ["a description of 8,001 characters"] = (_valid with { Description = new string('d', 8_001) }, "description"),
        ["a too long desired outcome"] = (_valid with { DesiredOutcome = new string('o', TextLimits.MediumText + 1) }, "desiredOutcome"),
        ["a malformed subject e-mail"] = (_valid with { SubjectStaffEmail = "handler2" }, "subjectStaffEmail"),
    };

    public static TheoryData<string> Cases() => new(_cases.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Refuses_a_complaint_naming_the_field(string name)
    {
        var (input, field) = _cases[name];

        var refusal = Assert.Throws<InvalidInputException>(() => Receive(input));

        Assert.Equal(field, Assert.Single(refusal.Errors).Key);
    }

    [Fact]
    public void Accepts_a_description_of_exactly_8000_characters()
    {
        var description = new string('d', 8_000);

        var complaint = Receive(_valid with { Description = description });

        Assert.Equal(description, complaint.Description);
    }

    [Fact]
    public void Reports_every_bad_field_in_one_refusal()
    {
        var input = new NewComplaint(
            Channel: "Pigeon",
            ReceivedAt: "2026-11-23T10:00:00",
            Complainant: new ComplainantDetails(null, "not-an-email", "12", "Email"),
            ProductOrService: null,
            Category: null,
            Description: " ");

        var refusal = Assert.Throws<InvalidInputException>(() => Receive(input));

        Assert.Equal(
            ["channel", "complainant.email", "complainant.name", "complainant.phone", "description", "productOrService", "receivedAt"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static Complaint Receive(NewComplaint input) =>
        Complaint.Receive(input, null, "CMP-2026-000042", Priority.Medium, new Stamp(_now, Actors.Handler));
}
