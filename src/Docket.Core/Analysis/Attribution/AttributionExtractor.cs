using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Finds attributions in a text: who said it (the source, with a chain of relays and channels),
/// the cue that says so, and what was said (the content). A pure function of the text, its tokens
/// and sentences, and (when present) its entity mentions; spans point into the text given.
/// <para>
/// The rules, each named in <see cref="Domain.Analysis.Attribution.Rule"/> as
/// <c>lemma/class/pattern</c>:
/// <list type="bullet">
/// <item><c>leading</c>: "X said (that) C", "X told reporters C", "X said: "Q"".</item>
/// <item><c>trailing</c>, <c>trailing-quote</c>: "C, X said." and ""Q," X said." (the quote may start
/// sentences or paragraphs earlier, and quotes that follow in the same paragraph continue it);
/// with "..., X said, C2" the content has two parts.</item>
/// <item><c>inverted</c>, <c>inverted-quote</c>: "C, said X."</item>
/// <item><c>participle</c>: "..., saying C": the speaker is the one of the main clause.</item>
/// <item><c>according-to</c>: "According to X, C", "C, according to X".</item>
/// <item><c>adverb</c>: "C reportedly ..." with an implied source (media reports).</item>
/// <item><c>headline</c>, <c>colon</c>: "Flynn Says Trump Right", "WALLACE: ...".</item>
/// </list>
/// Chains add a relay for "officials cited by The New York Times" and "the newspaper's sources",
/// a channel for "told the Times of Israel" and "in an interview with a British newspaper", and
/// an origin for "..., citing anonymous officials".
/// </para>
/// </summary>
public static class AttributionExtractor
{
    /// <summary>Attributions in <paramref name="text"/>, in text order of their cues.</summary>
    public static IReadOnlyList<Domain.Analysis.Attribution> Extract(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention>? entities = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0)
        {
            return [];
        }

        var view = new AttributionText(text, tokens, sentences);
        var rules = new AttributionRules(view, AttributionLexicon.Default);
        var candidates = rules.FindAll();
        var namer = new SourceNamer(view, AttributionLexicon.Default, entities ?? []);
        return namer.Resolve(candidates);
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> first (for tests and tools).</summary>
    public static IReadOnlyList<Domain.Analysis.Attribution> Extract(string text, IReadOnlyList<EntityMention>? entities = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Text.Tokenizer.Tokenize(text);
        return Extract(text, tokens, Text.SentenceSplitter.Split(text, tokens), entities);
    }

    internal static TextSpan SpanOf(AttributionText view, PhraseSpan p) => view.SpanOf(p.First, p.Last);
}
