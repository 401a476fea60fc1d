using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Complaints;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core;

/// <summary><see cref="FieldErrors.Parse{T}"/>: choices travel as names, never as numbers.</summary>
public sealed class ParsingChoices
{
    private readonly FieldErrors _errors = new();

    [Theory]
    [InlineData("InPerson")]
    [InlineData("inperson")]
    [InlineData("INPERSON")]
    [InlineData("  inPerson ")]
    public void Accepts_a_name_in_any_case(string value)
    {
        var channel = _errors.Parse<Channel>("channel", value);

        Assert.Equal(Channel.InPerson, channel);
        Assert.False(_errors.Any);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData(" 3 ")]
    [InlineData("-1")]
    public void Refuses_a_number_even_of_a_defined_value(string value)
    {
        var channel = _errors.Parse<Channel>("channel", value);

        Assert.Null(channel);
        Assert.Contains("channel", ErrorsOf(_errors).Keys);
    }

    [Fact]
    public void Refuses_an_unknown_name_listing_the_names_that_would_do()
    {
        var remedy = _errors.Parse<RemedyType>("remedy", " Voucher ");

        Assert.Null(remedy);
        var message = Assert.Single(ErrorsOf(_errors)["remedy"]);
        Assert.Equal("'Voucher' is not one of: Explanation, Apology, Replacement, Repair, Refund, Compensation, Other.", message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reads_a_missing_value_as_null_for_the_rules_to_judge(string? value)
    {
        Assert.Null(_errors.Parse<Priority>("priority", value));
        Assert.False(_errors.Any);
    }

    [Theory]
    [InlineData("Email,Phone")]
    [InlineData("Web, Phone")]
    public void Refuses_a_list_of_names(string value)
    {
        var channel = _errors.Parse<Channel>("channel", value);

        Assert.Null(channel);
        Assert.True(_errors.Any);
    }

    private static Dictionary<string, string[]> ErrorsOf(FieldErrors errors) =>
        InEnglish.Word(Assert.Throws<InvalidInputException>(errors.ThrowIfAny).Errors);
}
