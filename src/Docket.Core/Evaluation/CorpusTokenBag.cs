using System.Text.RegularExpressions;

namespace Docket.Core.Evaluation;

/// <summary>
/// The multiset of word tokens of a text, as body scoring counts them: every maximal run of
/// <c>\w</c> characters (.NET's word class: letters, digits, connector punctuation and marks),
/// compared exactly (case-sensitive, ordinal). Punctuation and white space do not count.
/// </summary>
public sealed partial class CorpusTokenBag
{
    private readonly Dictionary<string, int> _counts;

    private CorpusTokenBag(Dictionary<string, int> counts, int total)
    {
        _counts = counts;
        Total = total;
    }

    /// <summary>Number of tokens, repeats included.</summary>
    public int Total { get; }

    public static CorpusTokenBag Of(string? text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        if (!string.IsNullOrEmpty(text))
        {
            foreach (var m in Word().EnumerateMatches(text))
            {
                var token = text.Substring(m.Index, m.Length);
                counts[token] = counts.GetValueOrDefault(token) + 1;
                total++;
            }
        }

        return new CorpusTokenBag(counts, total);
    }

    /// <summary>Tokens the two bags share, each counted min(count here, count there) times.</summary>
    public int Overlap(CorpusTokenBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (small, large) = _counts.Count <= other._counts.Count ? (_counts, other._counts) : (other._counts, _counts);
        var overlap = 0;
        foreach (var (token, n) in small)
        {
            overlap += Math.Min(n, large.GetValueOrDefault(token));
        }

        return overlap;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
