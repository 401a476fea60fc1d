using System.Net;
using System.Net.Sockets;

namespace ComplaintDesk.Tests.Processes;

/// <summary>A loopback port no one listens on, for a server of a test or a benchmark of its own.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
