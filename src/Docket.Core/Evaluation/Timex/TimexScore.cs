using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Timex;

/// <summary>A system's time expression as the scorer sees it: span, type and value (either may be unknown).</summary>
public sealed record TimexPrediction(TextSpan Span, string Surface, string? Type, string? Value);

/// <summary>What went wrong with one expression, for the verbose listing.</summary>
public sealed record TimexError(string DocumentId, string Kind, string Surface, int Start, string? GoldType, string? GoldValue, string? SystemType, string? SystemValue);

/// <summary>
/// The TempEval-3 Task A measures over a set of documents. Strict match needs the exact extent,
/// relaxed match any overlap; P = matched system expressions / system expressions and R =
/// matched gold expressions / gold expressions. Attributes are compared on one-to-one pairs of
/// overlapping expressions (largest overlap first): value F1 counts a pair as correct when the
/// values are equal; type accuracy is the share of pairs whose types are equal.
/// </summary>
public sealed record TimexScore
{
    public int Documents { get; init; }

    public int Gold { get; init; }

    public int System { get; init; }

    public int StrictSystem { get; init; }

    public int StrictGold { get; init; }

    public int RelaxedSystem { get; init; }

    public int RelaxedGold { get; init; }

    public int Pairs { get; init; }

    public int ValueCorrect { get; init; }

    public int TypeCorrect { get; init; }

    public IReadOnlyList<TimexError> Errors { get; init; } = [];

    public double StrictPrecision => Ratio(StrictSystem, System);

    public double StrictRecall => Ratio(StrictGold, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedSystem, System);

    public double RelaxedRecall => Ratio(RelaxedGold, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double ValuePrecision => Ratio(ValueCorrect, System);

    public double ValueRecall => Ratio(ValueCorrect, Gold);

    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, Pairs);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Computes a <see cref="TimexScore"/> from gold documents and a system's predictions for each.</summary>
public static class TimexScorer
{
    public static TimexScore Score(IEnumerable<(TimeMLDocument Gold, IReadOnlyList<TimexPrediction> System)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int docs = 0, gold = 0, system = 0, strictSys = 0, strictGold = 0, relSys = 0, relGold = 0, pairs = 0, valueOk = 0, typeOk = 0;
        var errors = new List<TimexError>();
        foreach (var (doc, predictions) in documents)
        {
            docs++;
            var g = doc.Timexes;
            var s = predictions;
            gold += g.Count;
            system += s.Count;
            strictSys += s.Count(p => g.Any(x => x.Span == p.Span));
            strictGold += g.Count(x => s.Any(p => p.Span == x.Span));
            relSys += s.Count(p => g.Any(x => x.Span.Overlaps(p.Span)));
            relGold += g.Count(x => s.Any(p => p.Span.Overlaps(x.Span)));

            var candidates = new List<(int Gi, int Si, int Overlap)>();
            for (var gi = 0; gi < g.Count; gi++)
            {
                for (var si = 0; si < s.Count; si++)
                {
                    var o = Math.Min(g[gi].Span.End, s[si].Span.End) - Math.Max(g[gi].Span.Start, s[si].Span.Start);
                    if (o > 0)
                    {
                        candidates.Add((gi, si, o));
                    }
                }
            }

            var usedG = new bool[g.Count];
            var usedS = new bool[s.Count];
            foreach (var (gi, si, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gi))
            {
                if (usedG[gi] || usedS[si])
                {
                    continue;
                }

                usedG[gi] = usedS[si] = true;
                pairs++;
                var gx = g[gi];
                var sx = s[si];
                var vOk = sx.Value is not null && string.Equals(gx.Value, sx.Value, StringComparison.Ordinal);
                var tOk = string.Equals(gx.Type, sx.Type, StringComparison.OrdinalIgnoreCase);
                valueOk += vOk ? 1 : 0;
                typeOk += tOk ? 1 : 0;
                if (!vOk || !tOk)
                {
                    errors.Add(new TimexError(doc.Id, vOk ? "type" : "value", gx.Surface + (gx.Span == sx.Span ? string.Empty : $" ~ {sx.Surface}"), gx.Span.Start, gx.Type, gx.Value, sx.Type, sx.Value));
                }
            }

            for (var gi = 0; gi < g.Count; gi++)
            {
                if (!usedG[gi])
                {
                    errors.Add(new TimexError(doc.Id, "miss", g[gi].Surface, g[gi].Span.Start, g[gi].Type, g[gi].Value, null, null));
                }
            }

            for (var si = 0; si < s.Count; si++)
            {
                if (!usedS[si])
                {
                    errors.Add(new TimexError(doc.Id, "false-alarm", s[si].Surface, s[si].Span.Start, null, null, s[si].Type, s[si].Value));
                }
            }
        }

        return new TimexScore
        {
            Documents = docs,
            Gold = gold,
            System = system,
            StrictSystem = strictSys,
            StrictGold = strictGold,
            RelaxedSystem = relSys,
            RelaxedGold = relGold,
            Pairs = pairs,
            ValueCorrect = valueOk,
            TypeCorrect = typeOk,
            Errors = errors,
        };
    }
}
