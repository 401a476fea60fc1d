using System.Text.RegularExpressions;

namespace ComplaintDesk.Core.Common;

/// <summary>The shapes the desk accepts for e-mail addresses and phone numbers.</summary>
public static partial class ContactShapes
{
    public const int MaxEmailLength = 254;

    public const int MaxPhoneLength = 40;

    public static bool IsEmail(string value) => value.Length <= MaxEmailLength && EmailShape().IsMatch(value);

    /// <summary>Digits with an optional leading +, spaces or dashes between them; 7 to 20 digits.</summary>
    public static bool IsPhone(string value)
    {
        if (value.Length > MaxPhoneLength || !PhoneShape().IsMatch(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 7 and <= 20;
    }

    [GeneratedRegex(@"^[^@\s<>()\[\],;:""]+@[^@\s<>()\[\],;:""]+\.[^@\s<>()\[\],;:""]+$")]
    private static partial Regex EmailShape();

    // One digit per repetition, with at most one separator before it: linear, never backtracks.
    [GeneratedRegex(@"^\+?[0-9](?:[ \-]?[0-9])*$")]
    private static partial Regex PhoneShape();
}
