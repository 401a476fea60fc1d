using Microsoft.Extensions.Localization;

namespace ComplaintDesk.Tests.Localization;

/// <summary>The desk's localizer, noting every key a component asked for that no resource holds.</summary>
public sealed class RecordingStringLocalizer<T>(IStringLocalizerFactory factory, MissingKeys missing) : IStringLocalizer<T>
{
    private readonly IStringLocalizer _inner = factory.Create(typeof(T));

    public LocalizedString this[string name] => Note(_inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Note(_inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);

    private LocalizedString Note(LocalizedString found)
    {
        if (found.ResourceNotFound)
        {
            missing.Add($"{typeof(T).Name}: {found.Name}");
        }

        return found;
    }
}
