using System.Diagnostics;
using Docket.Core.Analysis.Attribution;
using Docket.Core.Analysis.Text;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Attribution;

/// <summary>Scores of the attribution extractor on a PolNeAR split (see <see cref="SpanMatcher"/> for how spans match).</summary>
public sealed record AttributionScores(
    int Documents,
    int Sentences,
    int GoldRelations,
    int PredictedRelations,
    MatchCounts SourceExact,
    MatchCounts SourceOverlap,
    MatchCounts CueExact,
    MatchCounts CueOverlap,
    MatchCounts ContentExact,
    MatchCounts ContentOverlap,
    double SentencesPerSecond);

/// <summary>One disagreement with the gold, for reading errors: kind (miss, extra, source, content), the gold and predicted text, the rule.</summary>
public sealed record AttributionDiagnostic(string Document, string Kind, string Gold, string Predicted, string Rule);

/// <summary>
/// Runs <see cref="AttributionExtractor"/> on each PolNeAR article (tokens and sentences from
/// Docket's own splitter, no entities) and matches its sources, cues and contents to the gold,
/// label by label. A source is the speaker's mention (coordinated speakers form one item); a
/// relation without a named source has no source item.
/// </summary>
public static class AttributionEvaluation
{
    public static AttributionScores Score(IReadOnlyList<PolnearDocument> documents, List<AttributionDiagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        MatchCounts se = MatchCounts.Zero, so = MatchCounts.Zero, ce = MatchCounts.Zero, co = MatchCounts.Zero, te = MatchCounts.Zero, to = MatchCounts.Zero;
        int gold = 0, predicted = 0, sentenceCount = 0;
        var clock = new Stopwatch();
        foreach (var doc in documents)
        {
            clock.Start();
            var tokens = Tokenizer.Tokenize(doc.Text);
            var sentences = SentenceSplitter.Split(doc.Text, tokens);
            var all = AttributionExtractor.Extract(doc.Text, tokens, sentences);
            var found = TopLevel(all);
            clock.Stop();
            sentenceCount += sentences.Count;
            gold += doc.Relations.Count;
            predicted += found.Count;

            var goldSources = doc.Relations.Where(r => r.Source is not null).Select(r => r.Source!).ToList();
            var predSources = found.Select(SpeakerPieces).Where(p => p.Count > 0).ToList();
            var goldCues = doc.Relations.Select(r => r.Cue).ToList();
            var predCues = found.Select(a => (IReadOnlyList<TextSpan>)[a.Cue]).ToList();
            var goldContents = doc.Relations.Where(r => r.Content is not null).Select(r => r.Content!).ToList();
            var predContents = found.Select(a => a.ContentParts).ToList();

            se += SpanMatcher.Match(doc.Text, goldSources, predSources, exact: true);
            so += SpanMatcher.Match(doc.Text, goldSources, predSources, exact: false);
            ce += SpanMatcher.Match(doc.Text, goldCues, predCues, exact: true);
            co += SpanMatcher.Match(doc.Text, goldCues, predCues, exact: false);
            te += SpanMatcher.Match(doc.Text, goldContents, predContents, exact: true);
            to += SpanMatcher.Match(doc.Text, goldContents, predContents, exact: false);

            if (diagnostics is not null)
            {
                Diagnose(doc, found, all, diagnostics);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new AttributionScores(documents.Count, sentenceCount, gold, predicted, se, so, ce, co, te, to, seconds > 0 ? sentenceCount / seconds : 0);
    }

    /// <summary>
    /// PolNeAR never annotates an attribution inside another's content; Docket keeps nested ones
    /// ("Saar told Army Radio, Haaretz reported") because they make chains. Scoring keeps the outermost.
    /// </summary>
    internal static IReadOnlyList<Domain.Analysis.Attribution> TopLevel(IReadOnlyList<Domain.Analysis.Attribution> found) =>
        [.. found.Where(a => !found.Any(o => !ReferenceEquals(o, a) && o.ContentParts.Any(p => p.Contains(a.Cue))))];

    private static IReadOnlyList<TextSpan> SpeakerPieces(Domain.Analysis.Attribution a) =>
        [.. a.Chain.Where(c => c.Role == Domain.Analysis.SourceRole.Speaker && c.Span is not null).Select(c => c.Span!.Value)];

    /// <summary>Aligns relations by cue overlap and lists misses, extras and disagreeing sources and contents.</summary>
    private static void Diagnose(PolnearDocument doc, IReadOnlyList<Domain.Analysis.Attribution> found, IReadOnlyList<Domain.Analysis.Attribution> all, List<AttributionDiagnostic> output)
    {
        var text = doc.Text;
        string Show(IReadOnlyList<TextSpan>? pieces) => pieces is null || pieces.Count == 0 ? "-" : string.Join(" || ", pieces.Select(p => Flat(p.Of(text))));
        string Rel(IReadOnlyList<TextSpan>? s, IReadOnlyList<TextSpan> c, IReadOnlyList<TextSpan>? x) => $"[{Show(s)}] <{Show(c)}> {{{Show(x)}}}";

        var goldCues = doc.Relations.Select(r => r.Cue).ToList();
        var predCues = found.Select(a => (IReadOnlyList<TextSpan>)[a.Cue]).ToList();
        var (_, pairs) = SpanMatcher.Pairs(text, goldCues, predCues, exact: false);
        var matchedG = pairs.Select(p => p.Gold).ToHashSet();
        var matchedP = pairs.Select(p => p.Predicted).ToHashSet();
        for (var i = 0; i < doc.Relations.Count; i++)
        {
            if (!matchedG.Contains(i))
            {
                var r = doc.Relations[i];
                var cover = all.FirstOrDefault(a => a.Cue.Overlaps(r.Cue[0])) ?? all.FirstOrDefault(a => a.ContentParts.Any(p => p.Contains(r.Cue[0])));
                var why = cover is null ? "" : cover.Cue.Overlaps(r.Cue[0]) ? "nested " + Rel(SpeakerPieces(cover), [cover.Cue], cover.ContentParts) : "inside " + Rel(SpeakerPieces(cover), [cover.Cue], cover.ContentParts);
                output.Add(new AttributionDiagnostic(doc.Name, "miss", Rel(r.Source, r.Cue, r.Content), why, cover?.Rule ?? ""));
            }
        }

        for (var j = 0; j < found.Count; j++)
        {
            if (!matchedP.Contains(j))
            {
                var a = found[j];
                output.Add(new AttributionDiagnostic(doc.Name, "extra", "", Rel(SpeakerPieces(a), [a.Cue], a.ContentParts), a.Rule));
            }
        }

        foreach (var (g, p) in pairs)
        {
            var r = doc.Relations[g];
            var a = found[p];
            var ps = SpeakerPieces(a);
            var gs = r.Source is null ? [] : r.Source;
            var sourceOk = gs.Count == 0 && ps.Count == 0 || SpanMatcher.Match(text, [gs], [ps], exact: false).Matched == 1;
            var contentOk = r.Content is not null && SpanMatcher.Match(text, [r.Content], [a.ContentParts], exact: true).Matched == 1;
            if (!sourceOk)
            {
                output.Add(new AttributionDiagnostic(doc.Name, "source", Rel(r.Source, r.Cue, r.Content), Rel(ps, [a.Cue], a.ContentParts), a.Rule));
            }
            else if (!contentOk)
            {
                output.Add(new AttributionDiagnostic(doc.Name, "content", Rel(r.Source, r.Cue, r.Content), Rel(ps, [a.Cue], a.ContentParts), a.Rule));
            }
        }
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}
