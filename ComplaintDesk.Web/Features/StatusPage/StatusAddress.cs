using ComplaintDesk.Core.StatusPage;

namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>Where the status page of a token lives, and what each confirmation is called in its address.</summary>
public static class StatusAddress
{
    public const string InformationAdded = "information";

    public const string Accepted = "accepted";

    public const string Rejected = "rejected";

    public const string Rated = "rated";

    /// <summary>A complaint just sent on the public form.</summary>
    public const string Registered = "registered";

    public static IReadOnlyList<string> Confirmations { get; } = [InformationAdded, Accepted, Rejected, Rated, Registered];

    /// <summary>The page's address relative to the desk's base address.</summary>
    public static string Of(string token) => StatusLink.PathOf(token);

    public static string Done(string token, string done) => $"{Of(token)}?done={done}";
}
