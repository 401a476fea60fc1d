using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ComplaintDesk.Tests.Failover;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ComplaintDesk.Tests.Smtp;

/// <summary>
/// The SMTP server <c>./test.sh</c> starts (Rnwood.Smtp4dev): its SMTP port, named by <c>DESK_TEST_SMTP</c>
/// (<c>host:port</c>), the web API at <c>DESK_TEST_SMTP_API</c> that shows what it received, and its IMAP server at
/// <c>DESK_TEST_IMAP</c> (<c>host:port</c>), which serves what it received as one mailbox.
/// </summary>
public static class TestSmtp
{
    public const string Variable = "DESK_TEST_SMTP";
    public const string ApiVariable = "DESK_TEST_SMTP_API";
    public const string ImapVariable = "DESK_TEST_IMAP";

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

    /// <summary>
    /// The settings that poll this server's mailbox: it signs in any user name with any password (it checks none) and
    /// offers no TLS.
    /// </summary>
    public static Dictionary<string, string?> ImapSettings() => new()
    {
        ["Desk:Mail:Imap:Host"] = ImapServer.Split(':')[0],
        ["Desk:Mail:Imap:Port"] = ImapServer.Split(':')[1],
        ["Desk:Mail:Imap:UserName"] = "desk",
        ["Desk:Mail:Imap:Password"] = "any password",
        ["Desk:Mail:Imap:UseTls"] = "false",
    };

    /// <summary>Sends <paramref name="message"/> into this server by SMTP, as a complainant's mail server would.</summary>
    public static async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    /// <summary>Whether the message with <paramref name="messageId"/> is marked read in this server's mailbox.</summary>
    public static async Task<bool> SeenAsync(string messageId)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(ImapServer.Split(':')[0], int.Parse(ImapServer.Split(':')[1], CultureInfo.InvariantCulture), SecureSocketOptions.None);
        await client.AuthenticateAsync("reader", "any password");
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        // The server searches no headers, so each message's envelope is read.
        var all = await client.Inbox.FetchAsync(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.Flags);
        var summary = Assert.Single(all, m => m.Envelope?.MessageId == messageId);
        await client.DisconnectAsync(quit: true);
        return summary.Flags!.Value.HasFlag(MessageFlags.Seen);
    }

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

    private static string ImapServer => Environment.GetEnvironmentVariable(ImapVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ImapVariable} is not set: run the tests through ./test.sh, which starts Smtp4dev.");

    private static string Api => Environment.GetEnvironmentVariable(ApiVariable) is { Length: > 0 } api
        ? api
        : throw new InvalidOperationException($"{ApiVariable} is not set: run the tests through ./test.sh, which starts Smtp4dev.");
}
