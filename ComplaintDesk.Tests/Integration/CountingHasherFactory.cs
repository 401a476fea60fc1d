using ComplaintDesk.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintDesk.Tests.Integration;

/// <summary>The desk with its password hasher counting the checks it makes.</summary>
public sealed class CountingHasherFactory : DeskApiFactory
{
    public CountingPasswordHasher Hasher => (CountingPasswordHasher)Services.GetRequiredService<IPasswordHasher<DeskUser>>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<DeskUser>, CountingPasswordHasher>()));
    }
}
