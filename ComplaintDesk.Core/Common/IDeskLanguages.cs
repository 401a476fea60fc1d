namespace ComplaintDesk.Core.Common;

/// <summary>The languages the desk speaks, as its host configures them: what a complainant's language is checked against.</summary>
public interface IDeskLanguages
{
    /// <summary>The culture names the desk speaks.</summary>
    IReadOnlyList<string> Supported { get; }

    /// <summary>The supported culture a name stands for (<c>tr</c> for <c>tr-TR</c>), or null when the desk does not speak it.</summary>
    string? Find(string? name);
}
