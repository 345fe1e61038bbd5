using System.Text;
using Docket.Cli.Status;
using Docket.Core.Pipeline;
using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Storage;
using Docket.Storage.Sqlite;

namespace Docket.Tests.Cli;

/// <summary>
/// The status queries read only some of the stored claims. Property: for random stores and
/// filters, what they answer is exactly what the reconciler answers from every stored claim, so
/// the narrowed read never drops a claim that bears on a question.
/// </summary>
public sealed class StatusQueriesTests : StatusCliFixture
{
    private static readonly string[] Suppliers = ["United States", "Germany", "United Kingdom"];
    private static readonly string[] Recipients = ["Ukraine", "Israel"];
    private static readonly string?[] Systems = ["ATACMS", "Army Tactical Missile System", "Taurus", "HIMARS", null, "long-range missiles", "U.S.-made long-range weapons", "Western long-range missiles", "tanks"];
    private static readonly string?[] Published = ["2023-01-10", "2023-03", "2023-06-02", "2023-06-02", "2023-09-30", "2024", "2024-02-29", null];
    private static readonly string?[] EventDates = [null, null, "2023-01-05", "2023-02", "2023-06-01", "2023-09", "2024-01-20"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_narrowed_read_answers_exactly_as_reconciling_every_claim(int seed)
    {
        var random = new Random(seed);
        Store([.. RandomArticles(random, 36)]);
        var opened = SqliteArticleStore.Open(Db, new SqliteStoreOptions { CreateIfMissing = false });
        using var store = opened.Value!;
        var all = store.GetClaims(new ClaimFilter());
        var queries = new StatusQueries(store, StatusReconciler.Default);

        var filters = new List<QuestionFilter>
        {
            QuestionFilter.All,
            new("United States", null, null, null),
            new(null, null, "Ukraine", null),
            new(null, "ATACMS", null, null),
            new(null, "long-range missiles", null, null),
            new("United States", null, "Ukraine", null),
            new("united states", "atacms", "UKRAINE", null),
            new("United States", "ATACMS", "Ukraine", Aspect.Use),
            new("Germany", "Taurus", "Ukraine", Aspect.Transfer),
            new("United States", "long-range missiles", "Ukraine", Aspect.Use),
            new("United States", null, "Ukraine", Aspect.Use) { GeneralAid = true },
            new("Germany", null, "Ukraine", null) { GeneralAid = true },
        };
        DateOnly?[] asOfs = [null, new DateOnly(2023, 6, 2), new DateOnly(2023, 12, 31)];
        foreach (var filter in filters)
        {
            foreach (var asOf in asOfs)
            {
                var expected = Reference(all, filter, asOf);
                var actual = queries.Timelines(filter, asOf);
                Assert.True(Render(expected) == Render(actual), $"seed {seed}, {filter}, as of {asOf}:\nexpected\n{Render(expected)}\nactual\n{Render(actual)}");
            }
        }
    }

    /// <summary>What the reconciler says from every claim: the questions Build raises that match, and
    /// (for a fully named question that Build does not raise) its own timeline when it has a state.</summary>
    private static List<StatusTimeline> Reference(IReadOnlyList<Claim> all, QuestionFilter filter, DateOnly? asOf)
    {
        var reconciler = StatusReconciler.Default;
        var result = reconciler.Build(all, asOf).Where(t => filter.Matches(t.Question, reconciler.Catalog)).ToList();
        if (filter is { Supplier: { } s, System: { } y, Recipient: { } r, GeneralAid: false })
        {
            foreach (var aspect in filter.Aspect is { } a ? [a] : new[] { Aspect.Transfer, Aspect.Use })
            {
                var q = new DecisionQuestion(s, reconciler.Catalog.Canonical(y), r, aspect);
                if (result.Any(t => QuestionKey.Of(t.Question).Equals(QuestionKey.Of(q))))
                {
                    continue;
                }

                var t = reconciler.Timeline(all, q, asOf);
                if (t.Transitions.Count > 0 || t.Signals.Any(x => x.Kind == SignalKind.Tentative))
                {
                    result.Add(t);
                }
            }

            result = [.. result.OrderBy(t => t.Question.Aspect)];
        }

        return result;
    }

    private static string Render(IEnumerable<StatusTimeline> timelines)
    {
        var sb = new StringBuilder();
        foreach (var t in timelines)
        {
            sb.Append(QuestionKey.Of(t.Question).ToQuestion().ToString().ToUpperInvariant()).Append('\n');
            foreach (var x in t.Transitions)
            {
                sb.Append($"  {x.Status} {x.Since} {x.SinceBasis} {x.Scope} {x.Corroboration} [{string.Join(",", x.Claims.Select(c => c.Id))}]\n");
            }

            // Signals placed at the same time have no order of their own (the reconciler keeps its
            // input's): compare them as a set per time.
            foreach (var s in t.Signals.OrderBy(x => x.At?.Earliest ?? DateOnly.MaxValue).ThenBy(x => x.Claim.Id, StringComparer.Ordinal).ThenBy(x => x.Kind))
            {
                sb.Append($"  signal {s.Kind} {s.PointsTo} {s.At} {s.Claim.Id}\n");
            }

            foreach (var c in t.Contradictions)
            {
                sb.Append($"  contradiction {c.StatusA}/{c.StatusB} {c.Period} [{string.Join(",", c.ClaimsA.Select(x => x.Id))}] [{string.Join(",", c.ClaimsB.Select(x => x.Id))}]\n");
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<ProcessedArticle> RandomArticles(Random random, int count)
    {
        var types = Enum.GetValues<EventType>();
        for (var i = 0; i < count; i++)
        {
            var published = Published[random.Next(Published.Length)];
            var article = DecisionArticle.By($"Outlet {random.Next(5)}", published, $"story{i}x{random.Next(1000)}", estimated: published is not null && random.Next(6) == 0);
            var events = random.Next(1, 4);
            for (var e = 0; e < events; e++)
            {
                var type = types[random.Next(types.Length)];
                var supplier = Suppliers[random.Next(Suppliers.Length)];
                var recipient = Recipients[random.Next(Recipients.Length)];
                var (actor, target) = type switch
                {
                    EventType.Request => (recipient, supplier),
                    EventType.Use => (recipient, random.Next(2) == 0 ? "Russia" : null),
                    EventType.Warn or EventType.Deploy => ("Russia", supplier),
                    _ => (supplier, recipient),
                };
                Aspect? aspect = type is EventType.Warn or EventType.Deploy ? null : random.Next(5) switch { 0 => null, 1 or 2 => Aspect.Transfer, _ => Aspect.Use };
                article.Says(
                    $"Sentence {e} of article {i} reports a {type} about the matter.",
                    type,
                    actor,
                    target,
                    Systems[random.Next(Systems.Length)],
                    aspect,
                    date: EventDates[random.Next(EventDates.Length)],
                    certainty: (Certainty)random.Next(4),
                    polarity: random.Next(6) == 0 ? Polarity.Negative : Polarity.Positive,
                    isChange: random.Next(5) == 0,
                    sources: random.Next(3) switch { 0 => [], 1 => ["anonymous officials"], _ => ["Lloyd Austin"] });
            }

            yield return article.Build();
            if (random.Next(4) == 0)
            {
                yield return article.CopyBy($"Reprint {i}");
            }
        }
    }
}
