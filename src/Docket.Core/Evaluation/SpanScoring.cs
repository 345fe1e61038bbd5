using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation;

/// <summary>Span scores of a benchmark run: per type and overall, exact and overlapping, typed and untyped.</summary>
public sealed record SpanScore(
    IReadOnlyDictionary<EntityType, PrecisionRecall> ExactByType,
    PrecisionRecall Exact,
    IReadOnlyDictionary<EntityType, PrecisionRecall> OverlapByType,
    PrecisionRecall Overlap,
    PrecisionRecall UntypedExact,
    PrecisionRecall UntypedOverlap);

/// <summary>
/// Compares predicted spans with gold spans, one to one: a prediction matches the first unmatched gold span
/// of the same type (typed scores) or of any type (untyped) that has the same offsets (exact) or shares at
/// least one character (overlap). A prediction that touches only ignored gold annotations (MISC, unscored
/// types) is dropped. Untyped predictions (type null) count only in the untyped scores.
/// </summary>
public static class SpanScoring
{
    public static SpanScore Score(IEnumerable<(IReadOnlyList<NerSpan> Predicted, NerDocument Document)> documents, IReadOnlyCollection<EntityType> types)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(types);
        var exact = types.ToDictionary(t => t, _ => PrecisionRecall.Zero);
        var overlap = types.ToDictionary(t => t, _ => PrecisionRecall.Zero);
        var untypedExact = PrecisionRecall.Zero;
        var untypedOverlap = PrecisionRecall.Zero;
        foreach (var (predicted, doc) in documents)
        {
            var gold = doc.Gold.Where(g => g.Type is { } t && types.Contains(t)).ToList();
            var kept = predicted
                .Where(p => p.Type is null || types.Contains(p.Type.Value))
                .Where(p => gold.Exists(g => g.Span.Overlaps(p.Span)) || !doc.Ignored.Any(i => i.Overlaps(p.Span)))
                .OrderBy(p => p.Span.Start)
                .ToList();
            foreach (var type in types)
            {
                var p = kept.Where(s => s.Type == type).Select(s => s.Span).ToList();
                var g = gold.Where(s => s.Type == type).Select(s => s.Span).ToList();
                exact[type] += Match(p, g, exactOnly: true);
                overlap[type] += Match(p, g, exactOnly: false);
            }

            var all = kept.Select(s => s.Span).ToList();
            var allGold = gold.Select(s => s.Span).ToList();
            untypedExact += Match(all, allGold, exactOnly: true);
            untypedOverlap += Match(all, allGold, exactOnly: false);
        }

        return new SpanScore(
            exact,
            exact.Values.Aggregate(PrecisionRecall.Zero, (a, b) => a + b),
            overlap,
            overlap.Values.Aggregate(PrecisionRecall.Zero, (a, b) => a + b),
            untypedExact,
            untypedOverlap);
    }

    private static PrecisionRecall Match(List<TextSpan> predicted, List<TextSpan> gold, bool exactOnly)
    {
        var used = new bool[gold.Count];
        var tp = 0;
        foreach (var p in predicted)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!used[i] && (exactOnly ? gold[i] == p : gold[i].Overlaps(p)))
                {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }

        return new PrecisionRecall(tp, predicted.Count - tp, gold.Count - tp);
    }
}
