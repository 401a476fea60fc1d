using ComplaintDesk.Core.Complaints;

namespace ComplaintDesk.Core.Demo;

/// <summary>One demo complaint as its complainant tells it.</summary>
internal sealed record DemoSample(string Name, string Product, string Category, Channel Channel, string Description, string Outcome);
