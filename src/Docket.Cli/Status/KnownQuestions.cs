using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Storage;

namespace Docket.Cli.Status;

/// <summary>
/// The decision questions a store's claims raise, from the distinct event fields
/// (<see cref="IArticleStore.ClaimKeys"/>) keyed as the reconciler keys them; and, for a question
/// nobody reported on, the known questions closest to it (for "did you mean" messages).
/// </summary>
internal static class KnownQuestions
{
    /// <summary>Every question with its number of decision claims, most reported first.</summary>
    public static IReadOnlyList<(DecisionQuestion Question, int Claims)> In(IArticleStore store, SystemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        var counts = new Dictionary<QuestionKey, int>();
        foreach (var k in store.ClaimKeys(new ClaimFilter()))
        {
            if (!QuestionKeying.IsDecision(k.Type))
            {
                continue;
            }

            var e = new DecisionEvent
            {
                Type = k.Type,
                Actor = k.Actor,
                Recipient = k.Recipient,
                System = k.System,
                Aspect = k.Aspect,
                Evidence = default(TextSpan),
                Trigger = default(TextSpan),
                Rule = "key",
            };
            if (QuestionKeying.KeyOf(e, catalog) is { } key)
            {
                counts[key] = counts.GetValueOrDefault(key) + k.Claims;
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).Select(p => (p.Key.ToQuestion(), p.Value))];
    }

    /// <summary>The <paramref name="count"/> known questions most like <paramref name="wanted"/>:
    /// fields that agree (case-insensitively) weigh most, then how close the names are by edit distance.</summary>
    public static IReadOnlyList<(DecisionQuestion Question, int Claims)> Closest(
        IReadOnlyList<(DecisionQuestion Question, int Claims)> known, DecisionQuestion wanted, int count)
    {
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(wanted);
        return [.. known
            .Select(k => (k.Question, k.Claims, Score: Score(k.Question, wanted)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Claims)
            .Take(count)
            .Select(x => (x.Question, x.Claims))];
    }

    private static double Score(DecisionQuestion a, DecisionQuestion b) =>
        Likeness(a.Supplier, b.Supplier) + Likeness(a.System ?? string.Empty, b.System ?? string.Empty)
        + Likeness(a.Recipient, b.Recipient) + (a.Aspect == b.Aspect ? 1 : 0);

    /// <summary>1 for the same name (any case), else 1 - edit distance / length, at least 0.</summary>
    private static double Likeness(string x, string y)
    {
        var a = x.ToUpperInvariant();
        var b = y.ToUpperInvariant();
        if (a == b)
        {
            return 1.0;
        }

        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1.0 : Math.Max(0.0, 1.0 - ((double)EditDistance(a, b) / longest)) * 0.9;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
