using ComplaintDesk.Tests.Integration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>The desk with room for a test's many status requests from one address; the limits have their own test.</summary>
public class StatusPageApiFactory : DeskApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Desk:DemoData"] = "true",
        ["Desk:StatusPage:PermitsPerToken"] = "1000",
        ["Desk:StatusPage:PermitsPerAddress"] = "1000",
    };
}
