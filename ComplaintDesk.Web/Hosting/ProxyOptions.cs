namespace ComplaintDesk.Web.Hosting;

/// <summary><c>Desk:Proxy</c>: the reverse proxies whose forwarded headers the desk believes.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Desk:Proxy";

    /// <summary>IP addresses of the proxies in front of the desk; forwarded headers from anyone else are ignored.</summary>
    public string[] KnownProxies { get; set; } = [];
}
