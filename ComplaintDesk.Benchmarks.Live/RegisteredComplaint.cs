using System.Text.Json.Nodes;

namespace ComplaintDesk.Benchmarks.Live;

/// <summary>A complaint as the API answered its registration: the reference and its acknowledge clock's instants.</summary>
internal sealed record RegisteredComplaint(string Reference, DateTimeOffset WarningAt, DateTimeOffset Deadline)
{
    public static RegisteredComplaint From(JsonObject complaint)
    {
        var acknowledge = complaint["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == "Acknowledge")!;
        return new RegisteredComplaint(
            complaint["reference"]!.GetValue<string>(),
            acknowledge["warningAt"]!.GetValue<DateTimeOffset>(),
            acknowledge["deadline"]!.GetValue<DateTimeOffset>());
    }
}
