using System.Collections.Frozen;
using Docket.Core.Analysis.Attribution;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Modality;

/// <summary>How far a modality cue reaches: from just after it to the end of its clause, or the whole clause around it.</summary>
internal enum ModalityReach
{
    Forward,
    Clause,
}

/// <summary>One cue of <c>modality/cues.tsv</c>: its words (BE and HAVE stand for forms of those verbs), kind and reach.</summary>
internal sealed record ModalityEntry(string[] Words, ModalityKind Kind, ModalityReach Reach)
{
    public string Name => string.Join(' ', Words);
}

/// <summary>The modality cues, read once from the embedded resource <c>Resources/modality/cues.tsv</c>. Immutable and shared.</summary>
internal sealed class ModalityLexicon
{
    private static readonly Lazy<ModalityLexicon> Instance = new(Load);

    private static readonly FrozenSet<string> Be = new[] { "is", "are", "was", "were", "be", "been", "being", "am", "'s", "\u2019s", "'re", "\u2019re" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Have = new[] { "has", "have", "had" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, ModalityEntry[]> _byFirstWord;

    private ModalityLexicon(FrozenDictionary<string, ModalityEntry[]> byFirstWord, int count)
    {
        _byFirstWord = byFirstWord;
        Count = count;
    }

    public static ModalityLexicon Default => Instance.Value;

    public int Count { get; }

    /// <summary>Entries whose first word can match <paramref name="word"/> (lower case), longest first.</summary>
    public IReadOnlyList<ModalityEntry> StartingWith(string word)
    {
        var key = Be.Contains(word) ? "BE" : Have.Contains(word) ? "HAVE" : word;
        return _byFirstWord.TryGetValue(key, out var entries) ? entries : [];
    }

    /// <summary>True when <paramref name="word"/> (lower case) matches the pattern word (BE, HAVE or itself).</summary>
    public static bool WordMatches(string pattern, string word) => pattern switch
    {
        "BE" => Be.Contains(word),
        "HAVE" => Have.Contains(word),
        _ => string.Equals(pattern, word, StringComparison.Ordinal),
    };

    private static ModalityLexicon Load()
    {
        var map = new Dictionary<string, List<ModalityEntry>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var line in AttributionLexicon.ReadLines("modality/cues.tsv"))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3)
            {
                throw new InvalidDataException($"modality/cues.tsv: expected 3 tab-separated columns in '{line}'.");
            }

            var kind = cols[1] switch
            {
                "negation" => ModalityKind.Negation,
                "hedge" => ModalityKind.Hedge,
                "future" => ModalityKind.Future,
                _ => throw new InvalidDataException($"modality/cues.tsv: unknown kind '{cols[1]}' in '{line}'."),
            };
            var reach = cols[2] == "clause" ? ModalityReach.Clause : ModalityReach.Forward;
            var words = cols[0].Split(' ');
            if (!map.TryGetValue(words[0], out var list))
            {
                map[words[0]] = list = [];
            }

            list.Add(new ModalityEntry(words, kind, reach));
            count++;
        }

        return new ModalityLexicon(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal), count);
    }
}
