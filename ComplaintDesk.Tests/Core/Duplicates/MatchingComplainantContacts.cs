using System.Globalization;
using ComplaintDesk.Core.Complaints.Duplicates;

namespace ComplaintDesk.Tests.Core.Duplicates;

/// <summary>Contacts are compared as <see cref="ContactKeys"/> keeps them: e-mail in any case, phones by their digits.</summary>
public sealed class MatchingComplainantContacts
{
    [Theory]
    [InlineData("+90 532 111 22 33", "905321112233")]
    [InlineData("0532-111-2233", "05321112233")]
    public void Reads_a_phone_by_its_digits(string phone, string key) => Assert.Equal(key, ContactKeys.Phone(phone));

    [Fact]
    public void Reads_an_email_in_invariant_lower_case_even_in_a_Turkish_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
        try
        {
            Assert.Equal("ilker@example.com", ContactKeys.Email(" ILKER@Example.com "));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Has_no_key_for_a_missing_contact(string? contact)
    {
        Assert.Null(ContactKeys.Email(contact));
        Assert.Null(ContactKeys.Phone(contact));
    }
}
