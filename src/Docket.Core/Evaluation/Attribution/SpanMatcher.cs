using Docket.Domain.Text;

namespace Docket.Core.Evaluation.Attribution;

/// <summary>Counts of one label's matching: matched, predicted and gold items, with precision, recall and F1.</summary>
public sealed record MatchCounts(int Matched, int Predicted, int Gold)
{
    public static MatchCounts Zero { get; } = new(0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static MatchCounts operator +(MatchCounts a, MatchCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
    }

    public MatchCounts Add(MatchCounts other) => this + other;
}

/// <summary>
/// Matches predicted spans to gold spans of one label, one to one. An item is a list of pieces
/// (discontinuous spans), compared after trimming white space at each piece's ends.
/// <list type="bullet">
/// <item><b>Exact</b>: the two items cover exactly the same characters.</item>
/// <item><b>Overlap</b>: the two items share at least one character.</item>
/// </list>
/// Matching is greedy: candidate pairs are taken in order of most shared characters (then gold
/// position, then predicted position), each gold and each predicted item used at most once.
/// </summary>
public static class SpanMatcher
{
    public static MatchCounts Match(string text, IReadOnlyList<IReadOnlyList<TextSpan>> gold, IReadOnlyList<IReadOnlyList<TextSpan>> predicted, bool exact) =>
        Pairs(text, gold, predicted, exact).Counts;

    /// <summary>The matched pairs (gold index, predicted index) and the counts.</summary>
    public static (MatchCounts Counts, IReadOnlyList<(int Gold, int Predicted)> Pairs) Pairs(
        string text, IReadOnlyList<IReadOnlyList<TextSpan>> gold, IReadOnlyList<IReadOnlyList<TextSpan>> predicted, bool exact)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var g = gold.Select(x => Normalize(text, x)).ToList();
        var p = predicted.Select(x => Normalize(text, x)).ToList();
        var candidates = new List<(int Shared, int G, int P)>();
        for (var i = 0; i < g.Count; i++)
        {
            for (var j = 0; j < p.Count; j++)
            {
                var shared = Shared(g[i], p[j]);
                if (shared == 0)
                {
                    continue;
                }

                if (exact && !(shared == Size(g[i]) && shared == Size(p[j])))
                {
                    continue;
                }

                candidates.Add((shared, i, j));
            }
        }

        candidates.Sort((a, b) => a.Shared != b.Shared ? b.Shared.CompareTo(a.Shared) : a.G != b.G ? a.G.CompareTo(b.G) : a.P.CompareTo(b.P));
        var usedG = new bool[g.Count];
        var usedP = new bool[p.Count];
        var pairs = new List<(int, int)>();
        foreach (var (_, i, j) in candidates)
        {
            if (!usedG[i] && !usedP[j])
            {
                usedG[i] = usedP[j] = true;
                pairs.Add((i, j));
            }
        }

        return (new MatchCounts(pairs.Count, p.Count, g.Count), pairs);
    }

    /// <summary>Pieces trimmed of white space, empty pieces dropped, sorted, overlapping pieces merged.</summary>
    internal static List<TextSpan> Normalize(string text, IReadOnlyList<TextSpan> pieces)
    {
        var list = new List<TextSpan>();
        foreach (var piece in pieces)
        {
            var start = Math.Clamp(piece.Start, 0, text.Length);
            var end = Math.Clamp(piece.End, start, text.Length);
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                list.Add(new TextSpan(start, end));
            }
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>();
        foreach (var s in list)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    private static int Size(List<TextSpan> pieces) => pieces.Sum(s => s.Length);

    private static int Shared(List<TextSpan> a, List<TextSpan> b)
    {
        var shared = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var start = Math.Max(x.Start, y.Start);
                var end = Math.Min(x.End, y.End);
                if (end > start)
                {
                    shared += end - start;
                }
            }
        }

        return shared;
    }
}
