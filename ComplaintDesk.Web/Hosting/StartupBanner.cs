using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Tells whoever ran <c>dotnet run</c> where the desk is and, in demo mode, how to sign in.</summary>
public sealed class StartupBanner(IServer server, IOptions<DeskOptions> desk, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var lines = new List<string> { "", "ComplaintDesk is running." };
        lines.AddRange(addresses.Select(address => $"  Open {address}   (API reference: {address}/api)"));
        if (desk.Value.DemoData)
        {
            lines.Add($"  Demo sign-ins, all with the password {DemoUsers.Password}:");
            lines.AddRange(DemoUsers.All.Select(u => $"    {u.Role,-15} {u.Email}"));
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }
}
