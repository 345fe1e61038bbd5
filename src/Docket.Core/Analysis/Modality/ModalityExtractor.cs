using Docket.Core.Analysis.Attribution;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Modality;

/// <summary>
/// Finds negation, hedging and future cues and the clause each governs (see
/// <see cref="ClauseBounds"/> for the clause heuristic). A pure function of the text, its tokens
/// and sentences; spans point into the text given.
/// <para>
/// Cues come from <c>modality/cues.tsv</c> (named in <see cref="ModalityCue.Rule"/> as
/// <c>lexicon:WORDS</c>) and from three rules in code: contractions (<c>n't</c> negates; "won't"
/// also puts in the future, "couldn't" also hedges; <c>'ll</c> puts in the future), and
/// <c>would</c>: after a past reporting verb in the same sentence ("announced it would provide",
/// "said the U.S. would not send") it is the future in the past (Future); in a sentence with
/// "if" or "unless" it is conditional (Hedge); otherwise hypothetical (Hedge).
/// </para>
/// <para>
/// Not cues: "not only", "no doubt", "no matter", "whether or not", "No," as an interjection,
/// the noun "will" ("the will of the people"), the month "May" and the name "May".
/// </para>
/// </summary>
public static class ModalityExtractor
{
    private static readonly HashSet<string> PastReporting = new(StringComparer.Ordinal)
    {
        "said", "told", "announced", "added", "warned", "confirmed", "indicated", "stated", "promised", "pledged", "vowed", "insisted",
        "noted", "explained", "signaled", "signalled", "agreed", "decided", "expected", "predicted", "hoped", "believed", "thought", "knew",
        "wrote", "reported", "claimed", "assured", "informed", "suggested", "declared", "clarified", "stressed", "emphasized", "acknowledged",
        "argued", "estimated", "understood", "guaranteed", "threatened", "planned", "intended",
    };

    private static readonly HashSet<string> NounBefore = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "\u2019s", "political", "free", "good", "ill", "popular", "public",
    };

    /// <summary>Modality cues in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<ModalityCue> Extract(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.Count == 0)
        {
            return [];
        }

        var view = new AttributionText(text, tokens, sentences);
        var lexicon = ModalityLexicon.Default;
        var cues = new List<ModalityCue>();
        foreach (var (start, end) in view.Sentences)
        {
            var conditional = false;
            for (var k = start; k < end; k++)
            {
                conditional |= view.Lower[k] is "if" or "unless";
            }

            for (var i = start; i < end; i++)
            {
                if (!view.IsWord(i))
                {
                    continue;
                }

                var w = view.Lower[i];
                if (EndsWith(w, "n't") && w.Length > 3 || w is "n't" or "n\u2019t")
                {
                    var stem = w[..^3];
                    Add(cues, view, i, i, ModalityKind.Negation, ModalityReach.Forward, "contraction:n't", start, end);
                    if (stem is "wo")
                    {
                        Add(cues, view, i, i, ModalityKind.Future, ModalityReach.Forward, "contraction:won't", start, end);
                    }
                    else if (stem is "could" or "might" or "may" or "should" or "must")
                    {
                        Add(cues, view, i, i, ModalityKind.Hedge, ModalityReach.Forward, "contraction:" + stem + "n't", start, end);
                    }
                    else if (stem == "would")
                    {
                        Would(cues, view, i, start, end, conditional);
                    }

                    continue;
                }

                if (EndsWith(w, "'ll") && w.Length > 3)
                {
                    Add(cues, view, i, i, ModalityKind.Future, ModalityReach.Forward, "contraction:'ll", start, end);
                    continue;
                }

                if (w == "would")
                {
                    Would(cues, view, i, start, end, conditional);
                    continue;
                }

                if (IsExcluded(view, i, start, end))
                {
                    continue;
                }

                var matchedLength = 0;
                foreach (var entry in lexicon.StartingWith(w))
                {
                    var n = entry.Words.Length;
                    if (i + n > end || (matchedLength > 0 && n < matchedLength))
                    {
                        continue;
                    }

                    var ok = true;
                    for (var k = 0; k < n && ok; k++)
                    {
                        ok = ModalityLexicon.WordMatches(entry.Words[k], view.Lower[i + k]);
                    }

                    if (ok)
                    {
                        Add(cues, view, i, i + n - 1, entry.Kind, entry.Reach, "lexicon:" + entry.Name, start, end);
                        matchedLength = n;
                    }
                }

                if (matchedLength > 1)
                {
                    i += matchedLength - 1;
                }
            }
        }

        return cues;
    }

    /// <summary>Tokenizes and splits <paramref name="text"/> first (for tests and tools).</summary>
    public static IReadOnlyList<ModalityCue> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Text.Tokenizer.Tokenize(text);
        return Extract(text, tokens, Text.SentenceSplitter.Split(text, tokens));
    }

    private static void Would(List<ModalityCue> cues, AttributionText view, int i, int start, int end, bool conditional)
    {
        var reported = false;
        for (var k = start; k < i; k++)
        {
            reported |= PastReporting.Contains(view.Lower[k]);
            if (view.Word(k) is ";")
            {
                reported = false;
            }
        }

        if (reported && !conditional)
        {
            Add(cues, view, i, i, ModalityKind.Future, ModalityReach.Forward, "would:future-in-the-past", start, end);
        }
        else
        {
            Add(cues, view, i, i, ModalityKind.Hedge, ModalityReach.Forward, conditional ? "would:conditional" : "would:hypothetical", start, end);
        }
    }

    private static bool IsExcluded(AttributionText view, int i, int start, int end)
    {
        var w = view.Lower[i];
        var next = i + 1 < end ? view.Lower[i + 1] : "";
        var prev = i > start ? view.Lower[i - 1] : "";
        return w switch
        {
            "not" => next is "only" || (prev == "or" && i - 2 >= start && view.Lower[i - 2] == "whether"),
            "no" => next is "doubt" or "matter" or "," or "." or "!" || (i == start && next is "," or "."),
            "will" => NounBefore.Contains(prev) || next is "of" or "to" or "power" || view.IsCapitalized(i) && i != start,
            "may" => view.IsCapitalized(i) && (i != start || next.Length == 0 || char.IsDigit(next[0]) || (i + 1 < end && view.IsCapitalized(i + 1))),
            "possible" => prev is "as" or "where" or "if" or "whenever",
            "if" => prev is "as" or "even" && false,
            _ => false,
        };
    }

    private static void Add(List<ModalityCue> cues, AttributionText view, int first, int last, ModalityKind kind, ModalityReach reach, string rule, int start, int end)
    {
        var q = view.QuoteOf[first];
        var quoteOpen = q >= 0 ? view.Quotes[q].Open : -1;
        var quoteClose = q >= 0 ? view.Quotes[q].Close : -1;
        var clauseEnd = ClauseBounds.ClauseEnd(view.Tokens, last, end, quoteClose);
        TextSpan scope;
        if (reach == ModalityReach.Clause)
        {
            var clauseStart = ClauseBounds.ClauseStart(view.Tokens, first, start, quoteOpen);
            scope = view.SpanOf(clauseStart, Math.Max(clauseEnd, last));
        }
        else
        {
            var from = view.Tokens[last].Span.End;
            scope = clauseEnd > last ? new TextSpan(view.Tokens[last + 1].Span.Start, view.Tokens[clauseEnd].Span.End) : new TextSpan(from, from);
        }

        cues.Add(new ModalityCue(view.SpanOf(first, last), kind, scope, rule));
    }

    private static bool EndsWith(string w, string suffix) =>
        w.EndsWith(suffix, StringComparison.Ordinal) || w.EndsWith(suffix.Replace('\'', '\u2019'), StringComparison.Ordinal);
}
