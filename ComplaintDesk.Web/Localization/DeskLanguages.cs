using ComplaintDesk.Core.Common;
using Microsoft.Extensions.Options;

namespace ComplaintDesk.Web.Localization;

/// <summary>Core's view of the languages the desk speaks: the configured <see cref="DeskCultureOptions"/>.</summary>
public sealed class DeskLanguages(IOptions<DeskCultureOptions> cultures) : IDeskLanguages
{
    public IReadOnlyList<string> Supported => cultures.Value.Supported;

    public string? Find(string? name) => cultures.Value.Find(name);
}
