using System.Text.Json.Nodes;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>What a queue row shows of a complaint as the API last answered it: who has it, and its version.</summary>
internal sealed record QueueRow(string Reference, string? Assignee, int Version)
{
    public static QueueRow From(JsonObject complaint) => new(
        complaint["reference"]!.GetValue<string>(), complaint["assignee"]?.GetValue<string>(), complaint["version"]!.GetValue<int>());
}
