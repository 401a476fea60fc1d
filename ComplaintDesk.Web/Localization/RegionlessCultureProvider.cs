using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Primitives;

namespace ComplaintDesk.Web.Localization;

/// <summary>
/// Reads a language named without a region (<c>tr</c> in <c>Accept-Language</c> or the culture cookie) as the desk's
/// culture of that language (<c>tr-TR</c>), through <see cref="DeskCultureOptions.Find"/>. ASP.NET falls back from a
/// region to its language by itself, never from a language to a region, so <c>tr</c> would otherwise fall to the default.
/// </summary>
internal sealed class RegionlessCultureProvider(RequestCultureProvider inner, DeskCultureOptions desk) : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        await inner.DetermineProviderCultureResult(httpContext) is { } found
            ? new ProviderCultureResult(Completed(found.Cultures), Completed(found.UICultures))
            : null;

    private List<StringSegment> Completed(IList<StringSegment> names) =>
        [.. names.Select(name => desk.Find(name.Value) is { } supported ? new StringSegment(supported) : name)];
}
