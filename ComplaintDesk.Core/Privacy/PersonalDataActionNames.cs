namespace ComplaintDesk.Core.Privacy;

/// <summary>The names an access kind has in the API, its CSV and its filter: <c>view</c>, <c>export</c>, <c>anonymise</c>, <c>download</c>.</summary>
public static class PersonalDataActionNames
{
    private static readonly Dictionary<string, PersonalDataAction> _byName =
        Enum.GetValues<PersonalDataAction>().ToDictionary(Name, StringComparer.Ordinal);

    public static IEnumerable<string> All => _byName.Keys;

    public static string Name(this PersonalDataAction action) => action.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out PersonalDataAction action) => _byName.TryGetValue(name, out action);
}
