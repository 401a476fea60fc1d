using ComplaintDesk.Core.Search;

namespace ComplaintDesk.Core.Complaints.Duplicates;

/// <summary>
/// How alike two texts are: the Jaccard share of their word trigrams, over text folded as search folds it (Turkish I's
/// alike, any case). A near-copy keeps most of its trigrams; texts that only share common words share almost none,
/// because a trigram needs three words in the same order. Runs in memory, so it is the same on every database.
/// </summary>
public sealed class TextShingles
{
    /// <summary>
    /// From this share on, two texts read as the same complaint. One changed word in twenty keeps about 0.7, a
    /// reworded sentence or two in a paragraph about 0.5; two complaints about the same product in their own words
    /// stay under 0.1 (see the tests for the examples).
    /// </summary>
    public const double SimilarFrom = 0.5;

    private const int Words = 3;

    private readonly HashSet<string> _shingles;

    private TextShingles(HashSet<string> shingles) => _shingles = shingles;

    public static TextShingles Of(string? text)
    {
        var words = WordsOf(SearchText.Fold(text ?? ""));
        // A text shorter than a trigram is its own single shingle: only the same few words match it.
        if (words.Length < Words)
        {
            return new TextShingles(words.Length == 0 ? [] : [string.Join(' ', words)]);
        }

        return new TextShingles([.. Enumerable.Range(0, words.Length - Words + 1).Select(i => string.Join(' ', words, i, Words))]);
    }

    private static string[] WordsOf(string folded)
    {
        var separators = folded.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray();
        return folded.Split(separators, StringSplitOptions.RemoveEmptyEntries);
    }

    public bool IsEmpty => _shingles.Count == 0;

    public double Likeness(TextShingles other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var shared = _shingles.Count(other._shingles.Contains);
        return (double)shared / (_shingles.Count + other._shingles.Count - shared);
    }

    public bool IsSimilarTo(TextShingles other) => Likeness(other) >= SimilarFrom;
}
