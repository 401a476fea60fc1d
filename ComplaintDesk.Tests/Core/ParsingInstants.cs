using ComplaintDesk.Core.Common;
using ComplaintDesk.Tests.Localization;

namespace ComplaintDesk.Tests.Core;

/// <summary><see cref="FieldErrors.ParseInstant"/>: an ISO 8601 instant must say its offset, so no local time is guessed.</summary>
public sealed class ParsingInstants
{
    private static readonly DateTimeOffset _instant = new(2026, 11, 23, 11, 30, 0, TimeSpan.Zero);

    private readonly FieldErrors _errors = new();

    [Theory]
    [InlineData("2026-11-23T14:30:00+03:00")]
    [InlineData("2026-11-23T11:30:00Z")]
    [InlineData("2026-11-23t11:30:00z")]
    [InlineData("2026-11-23T06:30:00-05:00")]
    [InlineData(" 2026-11-23T11:30:00.0000000+00:00 ")]
    [InlineData("2026-11-23 14:30:00+03:00")]
    public void Reads_an_instant_with_its_offset(string value)
    {
        var instant = _errors.ParseInstant("receivedAt", value);

        Assert.Equal(_instant, instant);
        Assert.False(_errors.Any);
    }

    [Theory]
    [InlineData("2026-11-23T14:30:00")]
    [InlineData("2026-11-23T14:30")]
    [InlineData("2026-11-23")]
    [InlineData("23/11/2026 14:30")]
    [InlineData("yesterday")]
    [InlineData("2026-13-23T14:30:00Z")]
    public void Refuses_anything_without_an_offset_or_not_an_instant(string value)
    {
        var instant = _errors.ParseInstant("receivedAt", value);

        Assert.Null(instant);
        var refusal = Assert.Throws<InvalidInputException>(_errors.ThrowIfAny);
        Assert.Equal(
            "Use an ISO 8601 date and time with an offset, like 2026-11-23T14:30:00+03:00.",
            InEnglish.Word(Assert.Single(refusal.Errors["receivedAt"])));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Leaves_a_missing_instant_to_the_caller(string? value)
    {
        Assert.Null(_errors.ParseInstant("receivedAt", value));
        Assert.False(_errors.Any);
    }
}
