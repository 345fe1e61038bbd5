using System.Collections.Frozen;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Everything the entity recognizer knows, loaded once from the data files in <c>Resources/gazetteer/</c>:
/// entries (countries, places, organisations, outlets, people with their offices, systems), demonyms, given
/// names, titles, name suffixes and system-class words, with their token tries. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> LazyDefault = new(LoadDefault);

    private readonly FrozenDictionary<string, GazetteerEntry> _byId;
    private readonly FrozenDictionary<string, GazetteerEntry> _byNameKey;

    internal Gazetteer(
        IReadOnlyList<GazetteerEntry> entries,
        IReadOnlyList<(string Surface, GazetteerEntry Entry)> demonyms,
        FrozenDictionary<string, char> givenNames,
        IReadOnlyList<(string Title, TitleKind Kind)> titles,
        FrozenDictionary<string, NameSuffixKind> suffixes,
        IReadOnlyList<(string Label, string Class)> systemClasses)
    {
        Entries = entries;
        _byId = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        GivenNames = givenNames;
        Suffixes = suffixes;

        var names = new TokenTrie<NameMatch>.Builder();
        var byKey = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var alias in entry.Aliases)
            {
                var tokens = AliasTokens(alias.Text);
                names.Add(tokens, new NameMatch(entry, MentionKind.Name, tokens, alias.Dependent, alias.RequiresArticle));
                if (entry.Type == EntityType.System && tokens[^1] is { Length: > 1 } last && !last.EndsWith('s') && !last.EndsWith('S') && char.IsLetterOrDigit(last[^1]))
                {
                    // "Patriots", "F-16s", "MiG-29s": systems take a plural.
                    string[] plural = [.. tokens[..^1], last + "s"];
                    names.Add(plural, new NameMatch(entry, MentionKind.Name, plural, alias.Dependent, alias.RequiresArticle));
                }

                // Full names win over dependent surnames when scoring maps a name to its entry.
                var key = NameFolding.NameKey(alias.Text);
                if (!byKey.ContainsKey(key) || !alias.Dependent)
                {
                    byKey.TryAdd(key, entry);
                }
            }
        }

        foreach (var (surface, entry) in demonyms)
        {
            var tokens = AliasTokens(surface);
            names.Add(tokens, new NameMatch(entry, MentionKind.Demonym, tokens, Dependent: false, RequiresArticle: false));
        }

        Names = names.Build();
        _byNameKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);

        var titleTrie = new TokenTrie<TitleKind>.Builder();
        foreach (var (title, kind) in titles)
        {
            titleTrie.Add(AliasTokens(title), kind);
        }

        Titles = titleTrie.Build();

        var classTrie = new TokenTrie<string>.Builder();
        foreach (var (label, cls) in systemClasses)
        {
            classTrie.Add(AliasTokens(label), cls);
        }

        SystemClasses = classTrie.Build();
    }

    /// <summary>The gazetteer built from the embedded data files. Its data is checked by the tests; a broken
    /// file is a build defect, so this throws rather than returning a half-loaded gazetteer.</summary>
    public static Gazetteer Default => LazyDefault.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Token trie of every alias and demonym.</summary>
    internal TokenTrie<NameMatch> Names { get; }

    /// <summary>Given names and their gender ('m', 'f', 'u').</summary>
    internal FrozenDictionary<string, char> GivenNames { get; }

    internal TokenTrie<TitleKind> Titles { get; }

    internal FrozenDictionary<string, NameSuffixKind> Suffixes { get; }

    internal TokenTrie<string> SystemClasses { get; }

    public GazetteerEntry? Find(string id) => _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The entry a name denotes ("Zelenskyy", "the U.S.", "Defense Department"), compared by
    /// <see cref="NameFolding.NameKey"/>; null when no alias matches.</summary>
    public GazetteerEntry? FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byNameKey.TryGetValue(NameFolding.NameKey(name), out var e) ? e : null;
    }

    /// <summary>
    /// The canonical name of the party <paramref name="entry"/> acts for on <paramref name="date"/>: for a
    /// person the office then held (<see cref="GazetteerEntry.OfficeOn"/>), for others the acts_for chain
    /// followed to its end ("European Commission" -> "European Union"). Null when it acts for no one.
    /// </summary>
    public string? ActsFor(GazetteerEntry entry, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var id = entry.Type == EntityType.Person ? entry.OfficeOn(date)?.ActsForId : entry.ActsForId;
        GazetteerEntry? target = null;
        for (var hops = 0; id is not null && hops < 8; hops++)
        {
            target = Find(id);
            id = target?.ActsForId;
        }

        return target?.Name;
    }

    /// <summary>Tokens of a gazetteer name, cut exactly as the tokenizer cuts article text.</summary>
    internal static string[] AliasTokens(string alias) => [.. Text.Tokenizer.Tokenize(alias).Select(t => t.Text)];

    private static Gazetteer LoadDefault()
    {
        var result = GazetteerLoader.LoadEmbedded();
        return result.Gazetteer ?? throw new InvalidOperationException(
            "The embedded gazetteer is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
    }
}

/// <summary>One gazetteer name in the trie: the entry, whether it is a name or a demonym, the alias as
/// tokens (for the case check) and the alias flags.</summary>
internal sealed record NameMatch(GazetteerEntry Entry, MentionKind Kind, string[] AliasTokens, bool Dependent, bool RequiresArticle);

/// <summary>Kinds of title (titles.tsv).</summary>
internal enum TitleKind
{
    /// <summary>"Mr", "Dr": before a surname or a full name.</summary>
    Honorific,

    /// <summary>"Col.", "General".</summary>
    Rank,

    /// <summary>"President", "Secretary of State", "Defence Minister".</summary>
    Office,

    /// <summary>Lower-case role nouns of appositions: "spokesman", "analyst".</summary>
    Role,
}

/// <summary>What the last word of an unknown capitalised sequence makes it (name-suffixes.tsv).</summary>
internal enum NameSuffixKind
{
    Org,
    Outlet,
    Place,
}
