using ComplaintDesk.Web.Features.StatusPage;
using Microsoft.Extensions.Configuration;

namespace ComplaintDesk.Tests.StatusPage;

/// <summary>The sample settings document the status page's limits with the values the desk uses when none are set.</summary>
public sealed class DocumentingTheStatusPageLimits
{
    [Fact]
    public void The_sample_documents_every_limit_with_its_default()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "appsettings.sample.json")))
        {
            folder = folder.Parent;
        }

        var sample = new ConfigurationBuilder().AddJsonFile(Path.Combine(folder.FullName, "appsettings.sample.json")).Build()
            .GetSection(StatusPageOptions.Section);
        var documented = sample.Get<StatusPageOptions>()!;
        var defaults = new StatusPageOptions();

        Assert.Equal(["PermitsPerAddress", "PermitsPerToken", "Window"], sample.GetChildren().Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal((defaults.PermitsPerToken, defaults.PermitsPerAddress, defaults.Window), (documented.PermitsPerToken, documented.PermitsPerAddress, documented.Window));
        Assert.True(documented.IsValid());
    }
}
