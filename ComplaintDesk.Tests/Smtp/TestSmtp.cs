using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Failover;
using MimeKit;

namespace ComplaintDesk.Tests.Smtp;

/// <summary>
/// The SMTP server <c>./test.sh</c> starts (Rnwood.Smtp4dev): its SMTP port, named by <c>DESK_TEST_SMTP</c>
/// (<c>host:port</c>), and the web API at <c>DESK_TEST_SMTP_API</c> that shows what it received.
/// </summary>
public static class TestSmtp
{
    public const string Variable = "DESK_TEST_SMTP";
    public const string ApiVariable = "DESK_TEST_SMTP_API";

    private static readonly HttpClient _api = new();

    public static string Host => Server.Split(':')[0];

    public static int Port => int.Parse(Server.Split(':')[1], CultureInfo.InvariantCulture);

    /// <summary>The settings that send a desk's mail to this server, without TLS (it offers none).</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["Desk:Mail:Smtp:Host"] = Host,
        ["Desk:Mail:Smtp:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Desk:Mail:Smtp:UseTls"] = "false",
    };

    /// <summary>Waits for the message whose subject carries <paramref name="reference"/> and contains <paramref name="subjectPart"/>.</summary>
    public static async Task<MimeMessage> ReceivedAsync(string reference, string subjectPart = "")
    {
        var id = await RealTimeWait.UntilAsync<string?>(() => FindAsync(reference, subjectPart), found => found is not null);
        await using var raw = await _api.GetStreamAsync($"{Api}/api/messages/{id}/raw");
        return await MimeMessage.LoadAsync(raw);
    }

    private static async Task<string?> FindAsync(string reference, string subjectPart)
    {
        var page = await _api.GetFromJsonAsync<JsonObject>($"{Api}/api/messages?pageSize=500");
        return page!["results"]!.AsArray()
            .Where(m => m!["subject"]!.GetValue<string>() is var subject
                && subject.Contains(reference, StringComparison.Ordinal) && subject.Contains(subjectPart, StringComparison.Ordinal))
            .Select(m => m!["id"]!.GetValue<string>())
            .FirstOrDefault();
    }

    private static string Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{Variable} is not set: run the tests through ./test.sh, which starts Smtp4dev.");

    private static string Api => Environment.GetEnvironmentVariable(ApiVariable) is { Length: > 0 } api
        ? api
        : throw new InvalidOperationException($"{ApiVariable} is not set: run the tests through ./test.sh, which starts Smtp4dev.");
}
