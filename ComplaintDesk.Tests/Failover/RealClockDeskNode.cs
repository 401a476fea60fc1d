using ComplaintDesk.Tests.Integration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Tests.Failover;

/// <summary>
/// A node of a failover test in this process: the real clock, because Hangfire fires delayed jobs on the real
/// clock and a node in another process cannot share a fake one.
/// </summary>
public sealed class RealClockDeskNode(FailoverDesk desk) : DeskApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => desk.Settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(TimeProvider.System)));
    }
}
