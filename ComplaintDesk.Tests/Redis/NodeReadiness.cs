using System.Net;
using ComplaintDesk.Tests.Integration;
using ComplaintDesk.Web.Hosting;

namespace ComplaintDesk.Tests.Redis;

/// <summary>Asks a node's <c>/health/ready</c> until it gives the answer wanted.</summary>
public static class NodeReadiness
{
    /// <summary>The contract's bound: a node says 503 within 30 s of Redis going away.</summary>
    public static TimeSpan Bound { get; } = TimeSpan.FromSeconds(30);

    public static async Task<HttpStatusCode> AwaitAsync(LiveDesk node, HttpStatusCode wanted)
    {
        using var http = node.App.CreateClient();
        using var bound = new CancellationTokenSource(Bound);
        var answer = HttpStatusCode.OK;
        while (!bound.IsCancellationRequested)
        {
            answer = (await http.GetAsync(HealthSetup.ReadyPath, CancellationToken.None)).StatusCode;
            if (answer == wanted)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }

        return answer;
    }
}
