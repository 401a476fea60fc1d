namespace ComplaintDesk.Web.Features.StatusPage;

/// <summary>
/// <c>Desk:StatusPage</c>: how often a status link, and a client address, may reach the status page and its public API.
/// Every request counts, reads and moves alike; past either limit the answer is 429 with <c>Retry-After</c>. A request
/// refused for its link counts twice against its address (the framework tries the address again before refusing).
/// </summary>
public sealed class StatusPageOptions
{
    public const string Section = "Desk:StatusPage";

    /// <summary>Requests one status link may receive in a <see cref="Window"/>, from anywhere.</summary>
    public int PermitsPerToken { get; set; } = 30;

    /// <summary>Requests one client address may make in a <see cref="Window"/>, whatever the links: guessing stays slow.</summary>
    public int PermitsPerAddress { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid() => PermitsPerToken > 0 && PermitsPerAddress > 0 && Window > TimeSpan.Zero;
}
