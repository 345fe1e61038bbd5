namespace Docket.Core.Dedup;

/// <summary>
/// Turns a text into the set of its word shingles: lower-cased runs of letters and digits,
/// taken <c>k</c> at a time ("the pentagon said", "pentagon said on"), each hashed to 64 bits.
/// Punctuation, case and spacing are ignored, so a reprint with other quote marks or line breaks
/// gives the same set. A text with fewer than <c>k</c> words gives one shingle of all its words.
/// Thread-safe (no state).
/// </summary>
internal static class Shingler
{
    private const ulong WordSeed = 0x646F636B65742D77UL; // "docket-w"
    private const ulong ShingleSeed = 0x646F636B65742D73UL; // "docket-s"

    /// <summary>The distinct shingle hashes of <paramref name="text"/>.</summary>
    public static HashSet<ulong> Shingles(string text, int k)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var words = WordHashes(text);
        var set = new HashSet<ulong>(Math.Max(0, words.Count - k + 1));
        if (words.Count == 0)
        {
            return set;
        }

        var width = Math.Min(k, words.Count);
        for (var i = 0; i + width <= words.Count; i++)
        {
            var h = StableHash.Start(ShingleSeed);
            for (var j = 0; j < width; j++)
            {
                h = StableHash.Add(h, words[i + j]);
            }

            set.Add(StableHash.Finish(h));
        }

        return set;
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        var inWord = false;
        var h = 0UL;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    h = StableHash.Start(WordSeed);
                    inWord = true;
                }

                h = StableHash.Add(h, char.ToLowerInvariant(c));
            }
            else if (inWord)
            {
                words.Add(StableHash.Finish(h));
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(StableHash.Finish(h));
        }

        return words;
    }
}
