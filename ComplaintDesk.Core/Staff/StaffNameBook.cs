using System.Text.RegularExpressions;

namespace ComplaintDesk.Core.Staff;

/// <summary>Every account's display name and whether it is active, by e-mail (case-insensitive).</summary>
public sealed partial class StaffNameBook
{
    private readonly Dictionary<string, (string Name, bool Active)> _people;

    public StaffNameBook(IEnumerable<(string Email, string Name, bool Active)> people) =>
        _people = people.ToDictionary(p => p.Email, p => (p.Name, p.Active), StringComparer.OrdinalIgnoreCase);

    public static StaffNameBook Empty { get; } = new([]);

    /// <summary>The person's name; an address the desk does not know (or the desk itself) as it is.</summary>
    public string NameFor(string email) =>
        _people.TryGetValue(email, out var person) && !string.IsNullOrWhiteSpace(person.Name) ? person.Name : email;

    /// <summary>A stored sentence (such as a timeline summary) with each person's e-mail replaced by their name.</summary>
    public string NamesIn(string text) => Address().Replace(text, match => NameFor(match.Value));

    public bool IsDeactivated(string? email) => email is not null && _people.TryGetValue(email, out var person) && !person.Active;

    [GeneratedRegex(@"[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[A-Za-z]+")]
    private static partial Regex Address();
}
