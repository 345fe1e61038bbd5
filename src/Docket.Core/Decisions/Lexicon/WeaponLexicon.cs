using System.Collections.Frozen;

namespace Docket.Core.Decisions.Lexicon;

/// <summary>
/// What the event extractor knows about weapon words that do not name a system
/// (Resources/events/weapons.txt): head nouns and modifiers with their class, the canonical label
/// of each labelled class, and the classes of named systems for resolving definite phrases.
/// </summary>
internal sealed class WeaponLexicon
{
    /// <summary>The class of general aid words ("weapons", "package"): never labelled, never resolved.</summary>
    public const string General = "general";

    private const string File = "weapons.txt";
    private static readonly Lazy<WeaponLexicon> Instance = new(() => Load(LexiconResource.Lines(File)));

    private WeaponLexicon(
        FrozenDictionary<string, string> heads,
        PhraseTrie<string> modifiers,
        FrozenDictionary<string, string> labels,
        FrozenDictionary<string, string[]> named,
        FrozenSet<string> adjectives)
    {
        Adjectives = adjectives;
        Heads = heads;
        Modifiers = modifiers;
        Labels = labels;
        Named = named;
    }

    public static WeaponLexicon Default => Instance.Value;

    /// <summary>Adjectives that may stand inside a weapon phrase ("more modern tanks").</summary>
    public FrozenSet<string> Adjectives { get; }

    /// <summary>Head noun (lower case) to class.</summary>
    public FrozenDictionary<string, string> Heads { get; }

    /// <summary>Modifier phrase to class.</summary>
    public PhraseTrie<string> Modifiers { get; }

    /// <summary>Class to the canonical label its unnamed systems keep.</summary>
    public FrozenDictionary<string, string> Labels { get; }

    /// <summary>Named system (canonical, case-insensitive) to its classes.</summary>
    public FrozenDictionary<string, string[]> Named { get; }

    public IReadOnlyList<string> ClassesOf(string systemName) =>
        Named.TryGetValue(systemName, out var classes) ? classes : [];

    internal static WeaponLexicon Load(IEnumerable<(int Number, string Text)> lines)
    {
        var heads = new Dictionary<string, string>(StringComparer.Ordinal);
        var modifiers = new PhraseTrie<string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var adjectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            if (text.StartsWith("adjective ", StringComparison.Ordinal))
            {
                adjectives.UnionWith(text[10..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LexiconResource.Normalize));
                continue;
            }

            var colon = text.IndexOf(" : ", StringComparison.Ordinal);
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (colon < 0 || space < 0)
            {
                throw LexiconResource.Malformed(File, number, "expected 'KIND ... : ...'");
            }

            var kind = text[..space];
            var left = text[(space + 1)..colon].Trim();
            var right = text[(colon + 3)..].Trim();
            switch (kind)
            {
                case "head":
                    foreach (var w in left.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        heads[LexiconResource.Normalize(w)] = right;
                    }

                    break;
                case "modifier":
                    foreach (var phrase in left.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        modifiers.Add(LexiconResource.Words(phrase), right);
                    }

                    break;
                case "label":
                    labels[left] = right;
                    break;
                case "named":
                    named[left] = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default:
                    throw LexiconResource.Malformed(File, number, $"unknown kind '{kind}'");
            }
        }

        return new WeaponLexicon(
            heads.ToFrozenDictionary(StringComparer.Ordinal),
            modifiers,
            labels.ToFrozenDictionary(StringComparer.Ordinal),
            named.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            adjectives.ToFrozenSet(StringComparer.Ordinal));
    }
}
