using System.Buffers.Text;
using System.Security.Cryptography;

namespace ComplaintDesk.Core.StatusPage;

/// <summary>What makes a status link unguessable, and how long it lasts.</summary>
public static class StatusTokens
{
    /// <summary>A link stops working this long after its complaint is closed.</summary>
    public static readonly TimeSpan LastAfterClosing = TimeSpan.FromDays(90);

    // 144 random bits: more than the 128 a guess must beat, and a whole number of base64 characters (24).
    private const int RandomBytes = 18;

    /// <summary>The length of every token, for the column and for refusing anything else unread.</summary>
    public const int Length = RandomBytes / 3 * 4;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>Whether a link to a complaint closed at <paramref name="closedAt"/> still works at <paramref name="now"/>.</summary>
    public static bool Works(DateTimeOffset? closedAt, DateTimeOffset now) => closedAt is null || now < closedAt.Value + LastAfterClosing;
}
