using System.Collections.Frozen;

namespace Docket.Core.Analysis.Attribution;

/// <summary>How a cue relates source and content (the <c>frame</c> column of cues.tsv).</summary>
internal enum CueFrame
{
    /// <summary>Content is a clause or quote after the cue, or before it ("..., X said").</summary>
    Clause,

    /// <summary>Content is what follows the cue (an object or "to" + verb); not used after a quote.</summary>
    Object,

    /// <summary>The cue takes an addressee before the content ("told reporters that ...").</summary>
    Recipient,

    /// <summary>The source follows the cue ("according to X").</summary>
    SourceAfter,

    /// <summary>The cue stands alone in the clause and implies its source ("reportedly").</summary>
    Adverb,
}

/// <summary>One cue of the lexicon: the words of one form ("pointed out"), its lemma and how it frames.</summary>
internal sealed record CueEntry(string[] Words, string Lemma, string Class, CueFrame Frame, bool Inverts, bool Leads)
{
    /// <summary>True when this form is also a common noun ("debate", "plans"): it needs a subject that can speak and agrees with it.</summary>
    public bool MayBeNoun { get; init; }

    /// <summary>True for cues that report speech only beside a quote or a colon ("continued").</summary>
    public bool QuotesOnly { get; init; }

    /// <summary>True for cues that report only before "that", a quote or a colon ("found that", not "found a way").</summary>
    public bool NeedsThat { get; init; }

    /// <summary>True for cues whose subject belongs to the content, not the source ("X seems to ...").</summary>
    public bool Sourceless { get; init; }

    /// <summary>True for the -ing form of a verb ("saying"), which may open a clause after a comma.</summary>
    public bool IsParticiple => Words[^1].EndsWith("ing", StringComparison.Ordinal) && Words[^1] != "according";
}

/// <summary>
/// The attribution lexicons, read once from the embedded resources under
/// <c>Resources/attribution/</c>: cues (<c>cues.tsv</c>), closed word classes (<c>words.tsv</c>)
/// and outlet names (<c>outlets.txt</c>). Immutable and shared by every thread.
/// </summary>
internal sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Instance = new(Load);

    private readonly FrozenDictionary<string, CueEntry[]> _cuesByFirstWord;
    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;

    private AttributionLexicon(
        FrozenDictionary<string, CueEntry[]> cuesByFirstWord,
        FrozenDictionary<string, FrozenSet<string>> classes,
        FrozenSet<string> outlets,
        int cueCount)
    {
        _cuesByFirstWord = cuesByFirstWord;
        _classes = classes;
        Outlets = outlets;
        CueCount = cueCount;
    }

    public static AttributionLexicon Default => Instance.Value;

    /// <summary>Outlet names, compared ignoring case.</summary>
    public FrozenSet<string> Outlets { get; }

    /// <summary>How many cue forms the lexicon holds.</summary>
    public int CueCount { get; }

    /// <summary>Cue forms whose first word is <paramref name="word"/>, longest first.</summary>
    public IReadOnlyList<CueEntry> CuesStartingWith(string word) =>
        _cuesByFirstWord.TryGetValue(word, out var entries) ? entries : [];

    /// <summary>True when <paramref name="word"/> is a cue form that is never a noun ("said", "told"; not "tweets", "plans").</summary>
    public bool IsVerbOnlyCue(string word) =>
        _cuesByFirstWord.TryGetValue(word, out var entries) && entries.Any(e => e.Words.Length == 1) && !entries.Any(e => e.MayBeNoun);

    /// <summary>True when <paramref name="word"/> belongs to the named class of words.tsv.</summary>
    public bool Is(string wordClass, string word) => _classes.TryGetValue(wordClass, out var set) && set.Contains(word);

    private static AttributionLexicon Load()
    {
        var cues = new Dictionary<string, List<CueEntry>>(StringComparer.OrdinalIgnoreCase);
        var count = 0;
        foreach (var line in ReadLines("attribution/cues.tsv"))
        {
            var cols = line.Split('\t');
            if (cols.Length < 4)
            {
                throw new InvalidDataException($"cues.tsv: expected 4 tab-separated columns in '{line}'.");
            }

            var forms = cols[0].Split('|');
            var lemma = forms[0].TrimStart('!');
            var frame = cols[2] switch
            {
                "clause" => CueFrame.Clause,
                "object" => CueFrame.Object,
                "recipient" => CueFrame.Recipient,
                "source-after" => CueFrame.SourceAfter,
                "adverb" => CueFrame.Adverb,
                _ => throw new InvalidDataException($"cues.tsv: unknown frame '{cols[2]}' in '{line}'."),
            };
            var flags = cols[3].Split(',');
            foreach (var form in forms)
            {
                if (form.StartsWith('!'))
                {
                    continue;
                }

                var words = form.Split(' ');
                var nounForm = flags.Contains("noun") && (form == lemma || form == lemma + "s" || form == lemma + "es" || (lemma.EndsWith('y') && form == lemma[..^1] + "ies"));
                var entry = new CueEntry(words, lemma, cols[1], frame, flags.Contains("inv"), flags.Contains("lead")) { MayBeNoun = nounForm, QuotesOnly = flags.Contains("quote"), NeedsThat = flags.Contains("that"), Sourceless = flags.Contains("sourceless") };
                if (!cues.TryGetValue(words[0], out var list))
                {
                    cues[words[0]] = list = [];
                }

                list.Add(entry);
                count++;
            }
        }

        var classes = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var line in ReadLines("attribution/words.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                throw new InvalidDataException($"words.tsv: expected 'class<TAB>words' in '{line}'.");
            }

            classes[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        var outlets = ReadLines("attribution/outlets.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return new AttributionLexicon(
            cues.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase),
            classes.ToFrozenDictionary(StringComparer.Ordinal),
            outlets,
            count);
    }

    /// <summary>Non-empty, non-comment lines of an embedded resource ("attribution/cues.tsv").</summary>
    internal static IEnumerable<string> ReadLines(string resource)
    {
        var assembly = typeof(AttributionLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Docket." + resource)
            ?? throw new InvalidOperationException($"The embedded resource 'Docket.{resource}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
