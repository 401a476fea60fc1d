using ComplaintDesk.Core.Common;
using NetArchTest.Rules;

namespace ComplaintDesk.Tests.Architecture;

/// <summary>
/// Core holds the desk's rules; the web host, its component library, the job runner and the hub are adapters in Web.
/// Identity's user store is the one ASP.NET Core piece Core keeps, because people and complaints share one database
/// (docs/decisions/0001), so the rule names the web stack's namespaces rather than all of Microsoft.AspNetCore.
/// </summary>
public sealed class KeepingTheWebStackOutOfCore
{
    private static readonly string[] _webStack =
    [
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "Microsoft.AspNetCore.Builder",
        "Microsoft.AspNetCore.Components",
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Mvc",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Server",
        "Microsoft.AspNetCore.SignalR",
        "MudBlazor",
        "Hangfire",
    ];

    [Fact]
    public void Core_references_no_ASP_NET_Core_MudBlazor_Hangfire_or_SignalR_type()
    {
        var result = Types.InAssembly(typeof(Actor).Assembly).ShouldNot().HaveDependencyOnAny(_webStack).GetResult();

        Assert.True(result.IsSuccessful, $"Core types that reach into the web stack: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
