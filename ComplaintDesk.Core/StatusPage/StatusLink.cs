namespace ComplaintDesk.Core.StatusPage;

/// <summary>
/// The private link a complainant follows to see where their complaint stands (ISO 10002 7.3): one per complaint,
/// issued the first time it is needed, never changed.
/// </summary>
public sealed class StatusLink
{
    private StatusLink()
    {
    }

    internal StatusLink(long complaintId, string token, DateTimeOffset issuedAt) =>
        (ComplaintId, Token, IssuedAt) = (complaintId, token, issuedAt);

    public long Id { get; private set; }

    public long ComplaintId { get; private set; }

    /// <summary>Random, URL-safe; the only thing that identifies the complaint to whoever holds the link.</summary>
    public string Token { get; private set; } = "";

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The status page's route for <paramref name="token"/>, relative to the desk's base address.</summary>
    public static string PathOf(string token) => $"status/{Uri.EscapeDataString(token)}";

    /// <summary>The address a complainant follows: the desk's public base (<c>Desk:PublicBaseUrl</c>) with the page's route.</summary>
    public static string AddressOf(string publicBaseUrl, string token) => $"{publicBaseUrl.TrimEnd('/')}/{PathOf(token)}";
}
