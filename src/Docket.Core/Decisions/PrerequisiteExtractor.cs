using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;

namespace Docket.Core.Decisions;

/// <summary>
/// Extracts the support-chain prerequisites an article names (DOMAIN.md "Prerequisites", seed
/// 000): a sentence names a link when it holds a requirement phrase of the lexicon
/// (Resources/events/requirements.txt: "spare parts", "targeting data", "trained crews") and
/// either states a dependency ("requires", "rely on", "provided that", "the challenge will be")
/// or reports support given (a SUPPORT event, "opened its repair yards").
/// <list type="bullet">
/// <item>Each link is recorded once per article for each recipient and provider, at its first
/// mention: later sentences that list the chain again add no new link.</item>
/// <item>Recipient: the recipient of a decision event of the sentence, else Ukraine when the
/// article names it. Provider: a "from"/"by" party, the actor of a SUPPORT event, else a
/// collective ("partners") of the sentence, else none.</item>
/// <item>Capability: the system the sentence (or the article, in focus) is about, in words.</item>
/// <item>State: "lacking" ("pilots aren't trained"), "in place" ("opened its repair yards",
/// "intelligence shared by partners"), "needed" ("would need training"), else none.</item>
/// </list>
/// Thread-safe: it holds only the read-only lexicon.
/// </summary>
public sealed class PrerequisiteExtractor
{
    public static PrerequisiteExtractor Default { get; } = new();

    /// <summary>The prerequisites of one article; <paramref name="body"/> is the text the analysis
    /// spans point into. The analysis's <c>Events</c> (when the event stage ran) provide recipients,
    /// providers and support reports.</summary>
    public IReadOnlyList<Prerequisite> Extract(string body, ArticleAnalysis analysis, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Tokens.Count == 0 || analysis.Sentences.Count == 0)
        {
            return [];
        }

        return Extract(new ArticleView(body, analysis, title), analysis.Events);
    }

    /// <summary>The prerequisites of an article already indexed, with its events.</summary>
    internal IReadOnlyList<Prerequisite> Extract(ArticleView view, IReadOnlyList<DecisionEvent> allEvents)
    {
        if (view.Tokens.Count == 0 || view.Sentences.Count == 0)
        {
            return [];
        }

        var lexicon = RequirementLexicon.Default;
        var bySentence = new List<DecisionEvent>[view.Sentences.Count];
        foreach (var e in allEvents)
        {
            var (first, _) = view.TokensOf(e.Trigger);
            if (first < view.Tokens.Count && view.SentenceOf[first] is >= 0 and var index)
            {
                (bySentence[index] ??= []).Add(e);
            }
        }

        var result = new List<Prerequisite>();
        var seen = new HashSet<(Requirement, string?, string?)>();
        string? focusSystem = null;
        foreach (var sentence in view.Sentences)
        {
            var events = bySentence[sentence.Index] ?? [];
            focusSystem = FirstNamedSystem(view, sentence) ?? focusSystem;
            if (view.TitleSentences.Contains(sentence.Index))
            {
                continue;
            }

            var dependencies = FindDependencies(view, sentence, lexicon);
            var support = events.FirstOrDefault(e => e.Type == EventType.Support && e.Polarity == Polarity.Positive);
            if (dependencies.Count == 0 && support is null && !HasAny(view, sentence, lexicon.Lacking))
            {
                continue; // nothing in the sentence can name a link: no dependency, support or lack
            }

            var recipient = events.FirstOrDefault(e => e.Recipient is not null && e.Type != EventType.Request && e.Type != EventType.Warn)?.Recipient
                ?? (view.MentionsUkraine ? EventArguments.Ukraine : null);
            var provider = Provider(view, sentence, support, recipient);
            var capability = Capability(view, sentence, focusSystem);
            bool? escalation = null;
            var k = sentence.First;
            while (k < sentence.End)
            {
                var (notLength, _) = lexicon.NotCues.LongestAt(view.Words, k, sentence.End);
                if (notLength > 0)
                {
                    k += notLength;
                    continue;
                }

                var (length, cue) = lexicon.Cues.LongestAt(view.Words, k, sentence.End);
                if (cue is not null && cue.Phrase == "assessed")
                {
                    escalation ??= Enumerable.Range(sentence.First, sentence.End - sentence.First).Any(m => view.Words[m].StartsWith("escalat", StringComparison.Ordinal));
                }

                if (cue is null || (cue.Phrase == "assessed" && escalation != true))
                {
                    k++;
                    continue;
                }

                // The cue must be what a dependency is about, what a support report names, a link
                // reported missing ("pilots aren't trained"), or an escalation assessment.
                var state = State(view, sentence, k, lexicon, support is not null);
                var dependency = dependencies.FirstOrDefault(d => lexicon.ListDependency.Contains(d.Phrase) ? d.At <= k : k - d.At <= 12 && d.At - k <= 3);
                var named = dependency.Phrase is not null || state == "lacking" || cue.Phrase == "assessed"
                    || (support is not null && Math.Abs(view.TokensOf(support.Trigger).First - k) <= 3);
                if (!named)
                {
                    k += length;
                    continue;
                }

                var cueProvider = cue.Requirement == Requirement.Intelligence && k > sentence.First && view.Parties[k - 1] is { Kind: PartyRefKind.Named, Party: { } owner } ? owner : provider;
                if (seen.Add((cue.Requirement, recipient, null)))
                {
                    result.Add(new Prerequisite
                    {
                        Capability = capability,
                        Recipient = recipient,
                        Requirement = cue.Requirement,
                        Provider = cueProvider,
                        State = state,
                        Evidence = sentence.Span,
                        Cue = view.SpanOf(k, k + length),
                        Rule = $"requirement:{cue.Phrase} + {(dependency.Phrase is not null ? "dependency:" + dependency.Phrase : state ?? "support reported")}",
                    });
                }

                k += length;
            }
        }

        return result;
    }

    private static bool HasAny(ArticleView view, SentenceRange sentence, IReadOnlySet<string> words)
    {
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (words.Contains(view.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(int At, string Phrase)> FindDependencies(ArticleView view, SentenceRange sentence, RequirementLexicon lexicon)
    {
        var found = new List<(int, string)>();
        for (var k = sentence.First; k < sentence.End; k++)
        {
            var (_, phrase) = lexicon.Dependency.LongestAt(view.Words, k, sentence.End);
            if (phrase is not null)
            {
                found.Add((k, phrase));
            }
        }

        return found;
    }

    private static string? Provider(ArticleView view, SentenceRange sentence, DecisionEvent? support, string? recipient)
    {
        if (support?.Actor is { } actor && actor != recipient)
        {
            return actor;
        }

        string? collective = null;
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (view.Parties[k] is not { Party: { } party } r || r.First != k || party == recipient)
            {
                continue;
            }

            if (k > sentence.First && view.Words[k - 1] is "from" or "by")
            {
                return party;
            }

            if (r.Kind == PartyRefKind.Collective)
            {
                collective ??= party;
            }
        }

        return collective;
    }

    private static string Capability(ArticleView view, SentenceRange sentence, string? focusSystem)
    {
        var system = FirstNamedSystem(view, sentence) ?? focusSystem;
        return system is null ? "military aid in use" : $"operation of {system}";
    }

    private static string? FirstNamedSystem(ArticleView view, SentenceRange sentence)
    {
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (view.Systems[k] is { Named: true, Name: { } name })
            {
                return name;
            }
        }

        return null;
    }

    private static string? State(ArticleView view, SentenceRange sentence, int cue, RequirementLexicon lexicon, bool supportReported)
    {
        for (var k = cue - 1; k >= sentence.First && k >= cue - 3; k--)
        {
            if (lexicon.Lacking.Contains(view.Words[k]))
            {
                return "lacking";
            }
        }

        if (supportReported)
        {
            return "in place";
        }

        for (var k = Math.Max(sentence.First, cue - 6); k < Math.Min(sentence.End, cue + 4); k++)
        {
            if (lexicon.InPlace.Contains(view.Words[k]))
            {
                return "in place";
            }

            if (view.Words[k] is "need" or "needs" or "needed" or "require" or "requires" or "required")
            {
                return "needed";
            }
        }

        return null;
    }
}
