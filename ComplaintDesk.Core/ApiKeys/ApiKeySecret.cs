using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintDesk.Core.ApiKeys;

/// <summary>
/// An API key's secret: a fixed prefix, so a request's bearer value says which kind of credential it is and a leaked key
/// is recognisable in a scan, and 256 random bits. Shown once when issued; the desk keeps only its hash.
/// </summary>
public sealed class ApiKeySecret
{
    public const string Prefix = "cdk_";

    private const int EndingLength = 4;

    private ApiKeySecret(string text) => Text = text;

    public string Text { get; }

    public string Hash => HashOf(Text);

    public string Ending => Text[^EndingLength..];

    public static ApiKeySecret New() => new(Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    public static bool LooksLikeOne(string? text) => text is not null && text.StartsWith(Prefix, StringComparison.Ordinal);

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
