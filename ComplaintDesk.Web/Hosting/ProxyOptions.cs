namespace ComplaintDesk.Web.Hosting;

/// <summary><c>Desk:Proxy</c>: the reverse proxies whose forwarded headers the desk believes.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Desk:Proxy";

    /// <summary>IP addresses of the proxies in front of the desk; forwarded headers from anyone else are ignored.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// The name of a cookie the desk gives every browser, for a proxy in front of several nodes to keep that browser
    /// on one node (a circuit lives in one node's memory); none when empty.
    /// </summary>
    public string? AffinityCookie { get; set; }
}
