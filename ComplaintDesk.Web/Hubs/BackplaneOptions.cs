namespace ComplaintDesk.Web.Hubs;

/// <summary>
/// The <c>Desk:Redis</c> settings section; the Redis server itself is <c>ConnectionStrings:Redis</c> (<c>host:port</c>),
/// and without it the hub reaches only the clients of its own node.
/// </summary>
public sealed class BackplaneOptions
{
    public const string Section = "Desk:Redis";

    /// <summary>Put before every channel the desk uses, so several desks can share one Redis without hearing each other.</summary>
    public string ChannelPrefix { get; set; } = "complaintdesk";
}
