using Docket.Core.Pipeline;
using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Storage;
using Docket.Storage.Sqlite;
using Docket.Tests.Cli;
using Docket.Tests.Support;
using static Docket.Domain.Decisions.EventType;

namespace Docket.Tests.Storage;

/// <summary>The claim reads that status queries rely on (SQLite): the knowledge-time cut, names in
/// any case, system lists, the event's own actor and type, article context, the distinct system
/// names and event keys, and the indexes behind them.</summary>
public sealed class ClaimReadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docket-claims-").FullName;
    private readonly FixedClock _clock = new(new DateTimeOffset(2023, 10, 12, 22, 0, 0, TimeSpan.Zero));

    private string DbPath => Path.Combine(_folder, "claims.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("2023-09-09", "")]
    [InlineData("2023-09-10", "day")]
    [InlineData("2023-09-30", "day")]
    [InlineData("2023-10-01", "day,month")]
    [InlineData("2023-10-11", "day,month")]
    [InlineData("2023-10-12", "day,month,undated")]
    [InlineData("2023-12-31", "day,month,undated")]
    [InlineData("2024-01-01", "day,month,year,undated")]
    public void Known_by_keeps_exactly_the_claims_the_reconcilers_knowledge_time_keeps(string day, string expected)
    {
        using var store = Open();
        store.AddBatch([
            One("day", "2023-09-10"),
            One("month", "2023-10"),
            One("year", "2024"),
            One("undated", null), // ingested 2023-10-12 (UTC)
        ]);
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var read = Titles(store, store.GetClaims(new ClaimFilter { KnownBy = asOf }));
        var reconciler = Titles(store, store.GetClaims(new ClaimFilter()).Where(c => KnowledgeTime.KnownBy(c, asOf)));

        Assert.Equal(expected, string.Join(',', read));
        Assert.Equal(reconciler, read);
    }

    [Fact]
    public void Names_compare_in_any_case_and_a_requests_roles_are_swapped()
    {
        using var store = Open();
        store.AddBatch([Article("a", "2024-01-01")
            .Says("Washington sent the rockets.", Deliver, "United States", "Ukraine", "HIMARS", Aspect.Transfer)
            .Says("Kyiv asked for more rockets.", Request, "Ukraine", "United States", "HIMARS", Aspect.Transfer)
            .Says("Berlin sent tanks.", Deliver, "Germany", "Ukraine", "Leopard", Aspect.Transfer)
            .Build()]);

        Assert.Equal([Deliver, Request], store.GetClaims(new ClaimFilter { Supplier = "UNITED STATES", Recipient = "ukraine" }).Select(c => c.Event.Type));
        Assert.Equal(2, store.GetClaims(new ClaimFilter { System = "himars" }).Count);
        Assert.Equal([Request], store.GetClaims(new ClaimFilter { Actor = "ukraine" }).Select(c => c.Event.Type));
        Assert.Equal([Request], store.GetClaims(new ClaimFilter { Type = Request }).Select(c => c.Event.Type));
    }

    [Fact]
    public void A_system_list_matches_any_of_its_names_and_null_matches_no_system()
    {
        using var store = Open();
        store.AddBatch([Article("a", "2024-01-01")
            .Says("One.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer)
            .Says("Two.", Restrict, "United States", "Ukraine", "Long-range missiles", Aspect.Use)
            .Says("Three.", Restrict, "United States", "Ukraine", null, Aspect.Use)
            .Says("Four.", Deliver, "United States", "Ukraine", "HIMARS", Aspect.Transfer)
            .Build()]);

        Assert.Equal(["One.", "Two."], Evidence(store.GetClaims(new ClaimFilter { Systems = ["atacms", "long-range MISSILES"] })));
        Assert.Equal(["One.", "Three."], Evidence(store.GetClaims(new ClaimFilter { Systems = ["ATACMS", null] })));
        Assert.Empty(store.GetClaims(new ClaimFilter { Systems = [] }));
    }

    [Fact]
    public void Article_context_adds_every_other_claim_of_the_matching_articles()
    {
        using var store = Open();
        store.AddBatch([
            Article("about", "2024-01-01")
                .Says("The missiles were cleared.", Authorize, "United States", "Ukraine", "ATACMS", Aspect.Use)
                .Says("Moscow warned of escalation.", Warn, "Russia", "NATO", null, null)
                .Build(),
            Article("other", "2024-01-02")
                .Says("Moscow warned again.", Warn, "Russia", "NATO", null, null)
                .Build(),
        ]);

        var filter = new ClaimFilter { Supplier = "United States", System = "ATACMS" };
        Assert.Equal(["The missiles were cleared."], Evidence(store.GetClaims(filter)));
        Assert.Equal(["The missiles were cleared.", "Moscow warned of escalation."], Evidence(store.GetClaims(filter with { WithArticleContext = true })));
    }

    [Fact]
    public void System_names_lists_each_distinct_name_once_whatever_its_case()
    {
        using var store = Open();
        store.AddBatch([Article("a", "2024-01-01")
            .Says("One.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer)
            .Says("Two.", Restrict, "United States", "Ukraine", "long-range missiles", Aspect.Use)
            .Says("Three.", Restrict, "United States", "Ukraine", "Long-range missiles", Aspect.Use)
            .Says("Four.", Restrict, "United States", "Ukraine", null, Aspect.Use)
            .Build()]);
        store.AddBatch([Article("b", "2024-01-02").Says("Five.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer).Build()]);

        Assert.Equal(["ATACMS", "long-range missiles"], store.SystemNames());
    }

    [Fact]
    public void Claim_keys_count_the_distinct_event_fields()
    {
        using var store = Open();
        store.AddBatch([
            Article("a", "2024-01-01").Says("One.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer).Build(),
            Article("b", "2024-01-02").Says("Two.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer).Says("Three.", Warn, "Russia", "NATO", null, null).Build(),
        ]);

        var keys = store.ClaimKeys(new ClaimFilter());
        Assert.Equal(new ClaimKey(Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer, 2), keys[0]);
        Assert.Equal(new ClaimKey(Warn, "Russia", "NATO", null, null, 1), keys[1]);
        Assert.Single(store.ClaimKeys(new ClaimFilter { KnownBy = new DateOnly(2024, 1, 1) }));
    }

    [Fact]
    public void The_status_reads_use_the_case_insensitive_indexes()
    {
        using var store = Open();
        // The main read of a status query never touches the table rows.
        var parties = store.ExplainClaims(new ClaimFilter { Supplier = "United States", Recipient = "Ukraine", Systems = ["ATACMS", "long-range missiles"], KnownBy = new DateOnly(2024, 1, 1), WithArticleContext = true });
        Assert.Contains("COVERING INDEX ix_claims_parties", parties, StringComparison.Ordinal);
        Assert.Contains("COVERING INDEX ix_claims_article_record", parties, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN claims", parties, StringComparison.Ordinal);

        var uses = store.ExplainClaims(new ClaimFilter { Actor = "Ukraine", Type = Use, Systems = ["ATACMS"], KnownBy = new DateOnly(2024, 1, 1) });
        Assert.Contains("COVERING INDEX ix_claims_uses", uses, StringComparison.Ordinal);

        var system = store.ExplainClaims(new ClaimFilter { Systems = ["ATACMS"] });
        Assert.Contains("ix_claims_system", system, StringComparison.Ordinal);

        var supplier = store.ExplainClaims(new ClaimFilter { Supplier = "United States" });
        Assert.DoesNotContain("SCAN claims", supplier, StringComparison.Ordinal);
    }

    [Fact]
    public void Upgrading_a_version_3_store_fills_the_system_names_from_its_claims()
    {
        using (var old = SqliteArticleStore.Open(DbPath, new SqliteStoreOptions { Clock = _clock, MigrateTo = 3 }).Value!)
        {
            old.AddBatch([Article("a", "2024-01-01").Says("One.", Deliver, "United States", "Ukraine", "ATACMS", Aspect.Transfer).Build()]);
            Assert.Equal(3, old.SchemaVersion);
        }

        using var store = Open();
        Assert.Equal(SqliteArticleStore.CurrentSchemaVersion, store.SchemaVersion);
        Assert.Equal(["ATACMS"], store.SystemNames());
        Assert.Single(store.GetClaims(new ClaimFilter { Supplier = "united states" }));
    }

    private static DecisionArticle Article(string seed, string? published) => DecisionArticle.By("Test Wire", published, seed);

    private static ProcessedArticle One(string seed, string? published) =>
        Article(seed, published).Says($"Claim of {seed}.", Review, "United States", "Ukraine", "ATACMS", Aspect.Transfer).Build();

    private static List<string> Titles(IArticleStore store, IEnumerable<Claim> claims) =>
        [.. claims.Select(c => store.GetArticle(c.ArticleId)!.Article.Metadata.Title!)];

    private static List<string> Evidence(IEnumerable<Claim> claims) => [.. claims.Select(c => c.EvidenceText)];

    private SqliteArticleStore Open()
    {
        var outcome = SqliteArticleStore.Open(DbPath, new SqliteStoreOptions { Clock = _clock });
        Assert.True(outcome.IsSuccess, outcome.Failure?.ToString());
        return outcome.Value!;
    }
}
