using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The desk of <see cref="DeskApiFactory"/> whose complaint saves a test can interleave.</summary>
public sealed class InterleavingDeskApiFactory : DeskApiFactory
{
    public InterleavedSaves Saves { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<DeskDbContext>(options => options.AddInterceptors(Saves)));
    }
}
