namespace ComplaintDesk.Web.Hosting;

/// <summary>The headers every answer carries, whatever produced it (a page, the API, a static file, an error).</summary>
public static class SecurityHeaders
{
    /// <summary>Sources of inline scripts a page may run (e.g. <c>'sha256-…'</c>), put in <see cref="HttpContext.Items"/> under this key.</summary>
    public const string ScriptHashesItem = "Desk.ScriptHashes";

    // MudBlazor sets style attributes, so styles allow inline; scripts never do. connect-src 'self' covers the hub's WebSocket.
    private const string AfterScripts =
        "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var hashes = context.Items[ScriptHashesItem] is IEnumerable<string> sources ? string.Concat(sources.Select(s => " " + s)) : "";
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'" + hashes + AfterScripts;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    }
}
