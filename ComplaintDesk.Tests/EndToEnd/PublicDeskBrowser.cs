using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Tests.Processes;
using ComplaintDesk.Tests.Smtp;

namespace ComplaintDesk.Tests.EndToEnd;

/// <summary>
/// The desk in a browser as a complainant meets it: the links it gives (in its mail, on the complaint page) lead back to
/// it, as its port is chosen before it starts so its public address can name it; its mail goes to the SMTP server
/// <c>./test.sh</c> starts.
/// </summary>
public sealed class PublicDeskBrowser : DeskBrowser
{
    public PublicDeskBrowser()
        : this(LoopbackPort.Free())
    {
    }

    private PublicDeskBrowser(int port)
        : base(OrdinaryMonday, new PublicDesk($"http://localhost:{port}"), port)
    {
    }

    private sealed class PublicDesk(string publicBaseUrl) : DeskApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(
            TestSmtp.Settings().Select(setting => KeyValuePair.Create(setting.Key, setting.Value!)))
        {
            ["Desk:DemoData"] = "true",
            ["Desk:PublicBaseUrl"] = publicBaseUrl,
        };
    }
}
