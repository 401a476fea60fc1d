namespace ComplaintDesk.Core.Search;

/// <summary>
/// The one fold text goes through before it is searched, when it is written to the text index and
/// when a person types it: composed Unicode, invariant lower case, and the Turkish I's (İ, I, ı, i)
/// all read as i, so "istanbul" finds "İSTANBUL" and "ılık" finds "ILIK" whatever the culture.
/// </summary>
public static class SearchText
{
    public static string Fold(string text) => text.Normalize().ToLowerInvariant().Replace('İ', 'i').Replace('ı', 'i');
}
