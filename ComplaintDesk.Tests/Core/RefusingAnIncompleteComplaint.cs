using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Core.Messages;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core;

/// <summary>Intake data that is missing or too long is refused, with every problem reported at once.</summary>
public sealed class RefusingAnIncompleteComplaint
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);
    private static readonly NewComplaint _valid = NewComplaints.Valid(_now);

    private static readonly Dictionary<string, (NewComplaint Input, string Field)> _cases = new()
    {
        ["no channel"] = (_valid with { Channel = null }, "channel"),
        ["a channel the caller could not read"] = (Unreadable("channel"), "channel"),
        ["a priority the caller could not read"] = (Unreadable("priority"), "priority"),
        ["a receipt time the caller could not read"] = (Unreadable("receivedAt"), "receivedAt"),
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
            Channel: null,
            ReceivedAt: _now.AddSeconds(1),
            Complainant: new ComplainantDetails(null, "not-an-email", "12", ContactMethod.Email),
            ProductOrService: null,
            Category: null,
            Description: " ");

        var refusal = Assert.Throws<InvalidInputException>(() => Receive(input with { Unreadable = Unread("priority") }));

        Assert.Equal(
            ["channel", "complainant.email", "complainant.name", "complainant.phone", "description", "priority", "productOrService", "receivedAt"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_a_field_the_caller_could_not_read_in_the_callers_words_alone()
    {
        var input = _valid with { Channel = null, Complainant = NewComplaints.Complainant with { PreferredContact = null } };
        var unreadable = new Dictionary<string, DeskMessage[]>
        {
            ["channel"] = [DeskMessage.Unkeyed("'Fax' is not a channel.")],
            ["complainant.preferredContact"] = [DeskMessage.Unkeyed("'Pigeon' is not a way of contact.")],
        };

        var refusal = Assert.Throws<InvalidInputException>(() => Receive(input with { Unreadable = unreadable }));

        Assert.Equal(["channel", "complainant.preferredContact"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("'Fax' is not a channel.", InEnglish.Word(Assert.Single(refusal.Errors["channel"])));
        Assert.Equal("'Pigeon' is not a way of contact.", InEnglish.Word(Assert.Single(refusal.Errors["complainant.preferredContact"])));
    }

    private static NewComplaint Unreadable(string field) => _valid with { Unreadable = Unread(field) };

    private static Dictionary<string, DeskMessage[]> Unread(string field) => new() { [field] = [DeskMessage.Unkeyed($"The {field} could not be read.")] };

    private static Complaint Receive(NewComplaint input) =>
        Complaint.Receive(input, null, "CMP-2026-000042", Priority.Medium, new Stamp(_now, Actors.Handler));
}
