using Docket.Domain.Decisions;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

/// <summary>
/// A realistic load for one question: a true history of about twenty states over three years,
/// reported by <c>n</c> articles (a third of them copies in a story group). Most articles report
/// the state in effect when they were published (dated or not); the rest are hedged or expected
/// signals, requests, context, stale background, or (one in twenty) an independent source that
/// gets it wrong, which the reconciler must flag as a contradiction.
/// </summary>
internal static class ReconcileWorkload
{
    private static readonly (EventType Type, Polarity Polarity)[] Lifecycle =
    [
        (EventType.Review, Polarity.Positive), (EventType.Deny, Polarity.Positive), (EventType.Review, Polarity.Positive),
        (EventType.Pledge, Polarity.Positive), (EventType.Deliver, Polarity.Positive), (EventType.Restrict, Polarity.Positive),
    ];

    public static List<Claim> OneQuestion(int n, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2022, 2, 24);
        const int Days = 1100;
        var changes = Enumerable.Range(0, 20).Select(i => i * Days / 20 + random.Next(0, 20)).ToArray();
        var claims = new List<Claim>(n + (n / 10));
        for (var i = 0; i < n; i++)
        {
            var day = random.Next(0, Days);
            var state = Array.FindLastIndex(changes, c => c <= day);
            var (type, polarity) = Lifecycle[Math.Max(0, state) % Lifecycle.Length];
            var published = Iso(start.AddDays(day));
            var article = $"a{i}";
            var group = random.Next(3) == 0 ? $"g{i / 3}" : article;
            var sources = random.Next(3) switch
            {
                0 => new[] { "anonymous officials" },
                1 => new[] { "The Wire", "Pentagon" },
                _ => new[] { "Lloyd Austin" },
            };
            var roll = random.Next(100);
            claims.Add(roll switch
            {
                < 60 => Make(type, polarity: polarity, date: random.Next(3) == 0 ? null : Iso(start.AddDays(changes[Math.Max(0, state)])), published: published, article: article, group: group, sources: sources),
                < 70 => Make(type, certainty: Certainty.Hedged, published: published, article: article, group: group),
                < 78 => Request(published: published, article: article, group: group),
                < 85 => Make(EventType.Warn, system: null, aspect: null, actor: "Russia", recipient: "United States", published: published, article: article, group: group),
                < 95 => Background(changes, start, day - random.Next(30, 300), published, article, group, sources),
                _ => Make(random.Next(2) == 0 ? EventType.Deny : EventType.Pledge, published: published, article: article, group: article, sources: sources),
            });

            if (roll is >= 78 and < 85)
            {
                // The warning's article also says the current state, so the warning is context for it.
                claims.Add(Make(type, polarity: polarity, published: published, article: article, group: group));
            }
        }

        return claims;
    }

    // An earlier state, correctly dated: background that agrees with the history.
    private static Claim Background(int[] changes, DateOnly start, int day, string published, string article, string group, string[] sources)
    {
        var state = Math.Max(0, Array.FindLastIndex(changes, c => c <= Math.Max(0, day)));
        var (type, polarity) = Lifecycle[state % Lifecycle.Length];
        return Make(type, polarity: polarity, date: Iso(start.AddDays(changes[state])), published: published, article: article, group: group, sources: sources);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
