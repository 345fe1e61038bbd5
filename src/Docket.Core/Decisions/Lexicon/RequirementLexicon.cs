using System.Collections.Frozen;
using Docket.Domain.Decisions;

namespace Docket.Core.Decisions.Lexicon;

/// <summary>A phrase that names a link of the support chain.</summary>
internal sealed record RequirementCue(Requirement Requirement, string Phrase);

/// <summary>
/// The support-chain lexicon (Resources/events/requirements.txt): phrases naming each
/// <see cref="Requirement"/>, phrases that say a dependency is being stated, phrases that look
/// like cues but name something else, and the words that report a link missing or in place.
/// </summary>
internal sealed class RequirementLexicon
{
    private const string File = "requirements.txt";
    private static readonly Lazy<RequirementLexicon> Instance = new(() => Load(LexiconResource.Lines(File)));

    private RequirementLexicon(PhraseTrie<RequirementCue> cues, PhraseTrie<string> dependency, PhraseTrie<string> notCues, FrozenSet<string> lacking, FrozenSet<string> inPlace, FrozenSet<string> listDependency)
    {
        ListDependency = listDependency;
        Cues = cues;
        Dependency = dependency;
        NotCues = notCues;
        Lacking = lacking;
        InPlace = inPlace;
    }

    public static RequirementLexicon Default => Instance.Value;

    public PhraseTrie<RequirementCue> Cues { get; }

    public PhraseTrie<string> Dependency { get; }

    public PhraseTrie<string> NotCues { get; }

    public FrozenSet<string> Lacking { get; }

    /// <summary>Dependency phrases that introduce a whole list of links.</summary>
    public FrozenSet<string> ListDependency { get; }

    public FrozenSet<string> InPlace { get; }

    internal static RequirementLexicon Load(IEnumerable<(int Number, string Text)> lines)
    {
        var cues = new PhraseTrie<RequirementCue>();
        var dependency = new PhraseTrie<string>();
        var notCues = new PhraseTrie<string>();
        var lacking = new HashSet<string>(StringComparer.Ordinal);
        var inPlace = new HashSet<string>(StringComparer.Ordinal);
        var listDependency = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, text) in lines)
        {
            if (text.StartsWith('@'))
            {
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                var kind = space < 0 ? text : text[..space];
                var rest = space < 0 ? string.Empty : text[(space + 1)..];
                switch (kind)
                {
                    case "@dependency":
                        foreach (var p in Phrases(rest))
                        {
                            dependency.Add(LexiconResource.Words(p), p);
                        }

                        break;
                    case "@listdependency":
                        listDependency.UnionWith(Phrases(rest));
                        break;
                    case "@notcue":
                        foreach (var p in Phrases(rest))
                        {
                            notCues.Add(LexiconResource.Words(p), p);
                        }

                        break;
                    case "@lacking":
                        lacking.UnionWith(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LexiconResource.Normalize));
                        break;
                    case "@inplace":
                        inPlace.UnionWith(rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LexiconResource.Normalize));
                        break;
                    default:
                        throw LexiconResource.Malformed(File, number, $"unknown directive '{kind}'");
                }

                continue;
            }

            var colon = text.IndexOf(" : ", StringComparison.Ordinal);
            if (colon < 0 || !GoldNames.TryParse<Requirement>(text[..colon], out var requirement))
            {
                throw LexiconResource.Malformed(File, number, "expected 'REQUIREMENT : phrases'");
            }

            foreach (var p in Phrases(text[(colon + 3)..]))
            {
                cues.Add(LexiconResource.Words(p), new RequirementCue(requirement, p));
            }
        }

        return new RequirementLexicon(cues, dependency, notCues, lacking.ToFrozenSet(StringComparer.Ordinal), inPlace.ToFrozenSet(StringComparer.Ordinal), listDependency.ToFrozenSet(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Phrases(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
