using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Tests.Core;

/// <summary>Annex C: the complainant can be reached the way they prefer, at an address of the right shape.</summary>
public sealed class CheckingComplainantContacts
{
    private static readonly DateTimeOffset _now = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1234567")]
    [InlineData("12345678901234567890")]
    [InlineData("+90 532 111-22-33")]
    [InlineData("0532-111-2233")]
    public void Accepts_a_phone_of_7_to_20_digits_with_plus_spaces_or_dashes(string phone)
    {
        var complaint = Receive(new ComplainantDetails("Ayşe", null, phone, ContactMethod.Phone));

        Assert.Equal(phone, complaint.Complainant.Phone);
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("123456789012345678901")]
    [InlineData("+90 532 ABC 22 33")]
    [InlineData("0532 111 22 33 ext 4")]
    [InlineData("(0532) 111 22 33")]
    [InlineData("0532--111-22-33")]
    [InlineData("90+5321112233")]
    public void Refuses_a_phone_of_another_shape(string phone)
    {
        AssertRefusedFor("complainant.phone", new ComplainantDetails("Ayşe", null, phone, ContactMethod.Letter));
    }

    [Theory]
    [InlineData("ayse@example")]
    [InlineData("ayse.example.com")]
    [InlineData("ayse@@example.com")]
    [InlineData("ayse yilmaz@example.com")]
    public void Refuses_an_email_of_another_shape(string email)
    {
        AssertRefusedFor("complainant.email", new ComplainantDetails("Ayşe", email, null, ContactMethod.Letter));
    }

    [Fact]
    public void Refuses_email_as_preferred_contact_without_an_email()
    {
        AssertRefusedFor("complainant.email", new ComplainantDetails("Ayşe", " ", "+90 532 111 22 33", ContactMethod.Email));
    }

    [Fact]
    public void Refuses_phone_as_preferred_contact_without_a_phone()
    {
        AssertRefusedFor("complainant.phone", new ComplainantDetails("Ayşe", "ayse@example.com", null, ContactMethod.Phone));
    }

    [Fact]
    public void Accepts_letter_as_preferred_contact_with_neither_email_nor_phone()
    {
        var complaint = Receive(new ComplainantDetails(" Ayşe ", null, null, ContactMethod.Letter));

        Assert.Equal(("Ayşe", null, null, ContactMethod.Letter), (complaint.Complainant.Name,
            complaint.Complainant.Email, complaint.Complainant.Phone, complaint.Complainant.PreferredContact));
    }

    [Theory]
    [InlineData("1111111111111111111111111111111111111x")]
    [InlineData("+90 532 111 22 33 44 55 66 77 88 99 00 11 22")]
    public void Refuses_a_long_or_malformed_run_of_digits(string phone)
    {
        Assert.False(ContactShapes.IsPhone(phone));
    }

    private static Complaint Receive(ComplainantDetails details) => Complaint.Receive(
        NewComplaints.Valid(_now) with { Complainant = details },
        null,
        "CMP-2026-000042",
        Priority.Medium,
        new Stamp(_now, Actors.Handler));

    private static void AssertRefusedFor(string field, ComplainantDetails details)
    {
        var refusal = Assert.Throws<InvalidInputException>(() => Receive(details));
        Assert.Equal(field, Assert.Single(refusal.Errors).Key);
    }
}
