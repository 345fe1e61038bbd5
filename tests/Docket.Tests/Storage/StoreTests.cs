using Docket.Core.Pipeline;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Storage;
using Docket.Storage.Serialization;
using Docket.Tests.Support;

namespace Docket.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IArticleStore"/> must have, written once against the interface.
/// Each provider (SQLite now, PostgreSQL later) derives a class that says how to open a fresh
/// store and how to reopen the same one.
/// </summary>
public abstract class StoreTests : IDisposable
{
    private const string AuthorizeSentence = "President Biden authorized Ukraine to use the missiles inside Russia.";
    private const string RestrictSentence = "Until then strikes were limited to occupied areas.";
    private const string RequestSentence = "Kyiv had asked Washington for the missiles for months.";

    private readonly List<IArticleStore> _opened = [];

    protected FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Opens the test's store (creating it the first time).</summary>
    protected abstract IArticleStore OpenStore();

    /// <summary>Deletes whatever the provider created.</summary>
    protected abstract void DeleteStore();

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }

        DeleteStore();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void The_same_article_offered_twice_is_stored_once()
    {
        using var store = Open();
        var article = TestArticles.Make(TestArticles.Story("alpha"), "Alpha");
        var first = store.AddBatch([article]);
        var second = store.AddBatch([article]);
        Assert.Equal(StoreResult.Added, first[0].Result);
        Assert.Equal(StoreResult.Duplicate, second[0].Result);
        Assert.Equal(first[0].StoryGroup, second[0].StoryGroup);
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public void A_copy_later_in_the_same_batch_is_a_duplicate()
    {
        using var store = Open();
        var a = TestArticles.Make(TestArticles.Story("alpha"), "Alpha");
        var b = TestArticles.Make(TestArticles.Story("beta"), "Beta");
        var receipts = store.AddBatch([a, b, a]);
        Assert.Equal([StoreResult.Added, StoreResult.Added, StoreResult.Duplicate], receipts.Select(r => r.Result));
        Assert.Equal(2, store.Counts().Articles);
    }

    [Fact]
    public void A_stored_article_reads_back_with_its_metadata_body_map_and_analysis()
    {
        using var store = Open();
        var body = "Headline\n\n" + AuthorizeSentence + " " + RestrictSentence;
        var processed = TestArticles.Make(body, "Headline", "The Kyiv Ledger", "2024-11-17", [
            TestArticles.Event(body, AuthorizeSentence, EventType.Authorize, "United States", "Ukraine", "ATACMS", Aspect.Use, "2024-11-17", Certainty.Reported, "The New York Times", "anonymous U.S. officials"),
        ]);
        var analysis = processed.Analysis with
        {
            Sentences = [new Sentence(new TextSpan(10, 10 + AuthorizeSentence.Length))],
            Entities = [new EntityMention(new TextSpan(10, 25), "President Biden", EntityType.Person, "Joe Biden", "lexicon:person") { ActsFor = "United States" }],
            Times = [new TimeExpression(new TextSpan(0, 4), "Head", TimexType.Date, null, "test") { UnresolvedReason = "not a date" }],
        };
        var map = SourceMap.Identity(body.Length);
        processed = processed with
        {
            Analysis = analysis,
            Article = processed.Article with
            {
                BodyMap = map,
                Metadata = processed.Article.Metadata with { Byline = "A. Writer", Url = "https://example.org/a", Language = "en", Published = new DateTimeOffset(2024, 11, 17, 19, 0, 0, TimeSpan.Zero) },
            },
        };
        store.AddBatch([processed]);

        var stored = store.GetArticle(processed.Article.Id);
        Assert.NotNull(stored);
        var a = stored.Article;
        Assert.Equal(processed.Article.Text, a.Text);
        Assert.Equal(processed.Article.Body, a.Body);
        Assert.Equal(processed.Article.Input, a.Input);
        Assert.Equal(processed.Article.BodyMap.ToArray(), a.BodyMap.ToArray());
        Assert.Equal(processed.Article.Paragraphs, a.Paragraphs);
        Assert.Equal(processed.Article.Metadata, a.Metadata);
        Assert.Equal(Clock.Now, stored.Ingested);
        Assert.Equal(processed.Article.Id, stored.StoryGroup);
        Assert.NotNull(stored.Analysis);
        Assert.Equal(AnalysisJson.Serialize(analysis), AnalysisJson.Serialize(stored.Analysis));
    }

    [Fact]
    public void An_unknown_id_reads_as_null()
    {
        using var store = Open();
        Assert.Null(store.GetArticle("0000000000000000"));
    }

    [Fact]
    public void Articles_survive_closing_and_reopening_and_more_can_be_added_after()
    {
        using (var store = Open())
        {
            store.AddBatch([TestArticles.Make(TestArticles.Story("one"), "One"), TestArticles.Make(TestArticles.Story("two"), "Two")]);
        }

        using (var store = Open())
        {
            var receipts = store.AddBatch([TestArticles.Make(TestArticles.Story("two"), "Two"), TestArticles.Make(TestArticles.Story("three"), "Three")]);
            Assert.Equal([StoreResult.Duplicate, StoreResult.Added], receipts.Select(r => r.Result));
        }

        using (var store = Open())
        {
            Assert.Equal(["One", "Two", "Three"], store.ListArticles(new ArticleQuery()).Select(s => s.Title));
            Assert.Equal(3, store.Counts().Articles);
        }
    }

    [Fact]
    public void A_batch_that_fails_midway_is_rolled_back_earlier_batches_stay_and_a_rerun_resumes()
    {
        using var store = Open();
        var first = new[] { TestArticles.Make(TestArticles.Story("one")), TestArticles.Make(TestArticles.Story("two")) };
        store.AddBatch(first);

        var three = TestArticles.Make(TestArticles.Story("three"));
        var four = TestArticles.Make(TestArticles.Story("four"));
        var broken = TestArticles.Make(TestArticles.Story("five"));
        broken = broken with { Article = broken.Article with { Text = null! } }; // fails inside the transaction
        Assert.ThrowsAny<Exception>(() => store.AddBatch([three, four, broken]));

        Assert.Equal(2, store.Counts().Articles);
        Assert.Null(store.GetArticle(three.Article.Id));
        Assert.NotNull(store.GetArticle(first[1].Article.Id));

        // The re-run of the whole input: the first batch comes back as duplicates, the rest goes in.
        var rerun = store.AddBatch([.. first, three, four]);
        Assert.Equal([StoreResult.Duplicate, StoreResult.Duplicate, StoreResult.Added, StoreResult.Added], rerun.Select(r => r.Result));
        Assert.Equal(4, store.Counts().Articles);
    }

    [Fact]
    public void Syndicated_copies_join_the_story_group_of_the_first_copy_across_batches_and_reopening()
    {
        var story = TestArticles.Story("wire");
        var original = TestArticles.Make(story, "Original", "Outlet A");
        var other = TestArticles.Make(TestArticles.Story("different"), "Different", "Outlet B");
        using (var store = Open())
        {
            store.AddBatch([original, other]);
        }

        using (var store = Open())
        {
            var copy = TestArticles.Make("KYIV (Northline) — " + story + " Distributed by the Northline Wire Service.", "Copy", "Outlet C");
            var receipt = store.AddBatch([copy]).Single();
            Assert.Equal(StoreResult.Added, receipt.Result);
            Assert.Equal(original.Article.Id, receipt.StoryGroup);
            Assert.Equal(original.Article.Id, receipt.NearDuplicateOf);
            Assert.Equal(original.Article.Id, store.GetArticle(copy.Article.Id)!.StoryGroup);
            Assert.Equal(other.Article.Id, store.GetArticle(other.Article.Id)!.StoryGroup);
            Assert.Equal(2, store.Counts().StoryGroups);
        }
    }

    [Fact]
    public void An_article_that_bridges_two_groups_merges_them_and_their_claims()
    {
        using var store = Open();
        var paragraphs = Enumerable.Range(0, 5).Select(i => TestArticles.Story($"para{i}", 30)).ToArray();
        var trimmedBody = string.Join("\n\n", paragraphs.Take(3));
        var introBody = string.Join("\n\n", [TestArticles.Story("intro", 30), .. paragraphs.Skip(1)]);
        var trimmed = TestArticles.Make(trimmedBody, "Trimmed", events: [
            TestArticles.Event(trimmedBody, paragraphs[0][..20], EventType.Deliver, "United States", "Ukraine", "HIMARS", Aspect.Transfer)]);
        var intro = TestArticles.Make(introBody, "New intro");
        store.AddBatch([trimmed]);
        store.AddBatch([intro]);
        Assert.Equal(2, store.Counts().StoryGroups);

        store.AddBatch([TestArticles.Make(string.Join("\n\n", paragraphs), "Original")]);

        Assert.Equal(1, store.Counts().StoryGroups);
        var group = store.GetArticle(intro.Article.Id)!.StoryGroup;
        Assert.Equal(group, store.GetArticle(trimmed.Article.Id)!.StoryGroup);
        Assert.Equal(group, store.GetClaims(new ClaimFilter()).Single().StoryGroup);
    }

    [Fact]
    public void Search_ranks_matching_articles_and_marks_the_words_in_a_snippet()
    {
        using var store = Open();
        store.AddBatch([
            TestArticles.Make("Storm Shadow cruise missiles were delivered by Britain. " + TestArticles.Story("uk"), "Britain sends Storm Shadow"),
            TestArticles.Make(TestArticles.Story("filler") + " A passing mention of the Storm Shadow missile.", "Other news"),
            TestArticles.Make(TestArticles.Story("none"), "Unrelated"),
        ]);

        var hits = store.Search("storm shadow", 10);
        Assert.Equal(2, hits.Count);
        Assert.Equal("Britain sends Storm Shadow", hits[0].Title);
        Assert.True(hits[0].Score >= hits[1].Score);
        Assert.Contains("[Storm]", hits[0].Snippet + hits[1].Snippet, StringComparison.Ordinal);
        Assert.Single(store.Search("storm shadow", 1));
        Assert.Empty(store.Search("patriot", 10));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(storm")]
    [InlineData("title:storm AND -shadow")]
    [InlineData("*")]
    [InlineData("   ")]
    [InlineData("storm*")]
    public void Search_never_fails_on_what_a_user_types(string query)
    {
        using var store = Open();
        store.AddBatch([TestArticles.Make("Storm Shadow missiles. " + TestArticles.Story("uk"), "Storm")]);
        var hits = store.Search(query, 5);
        Assert.True(hits.Count <= 1);
    }

    [Fact]
    public void Each_event_becomes_a_claim_with_its_source_times_and_story_group()
    {
        using var store = Open();
        var body = AuthorizeSentence + " " + RestrictSentence + " " + RequestSentence;
        var article = TestArticles.Make(body, "Kursk", "The Kyiv Ledger", "2024-11-17", [
            TestArticles.Event(body, AuthorizeSentence, EventType.Authorize, "United States", "Ukraine", "ATACMS", Aspect.Use, "2024-11-17", Certainty.Reported, "The New York Times", "anonymous U.S. officials"),
            TestArticles.Event(body, RestrictSentence, EventType.Restrict, "United States", "Ukraine", "ATACMS", Aspect.Use),
            TestArticles.Event(body, RequestSentence, EventType.Request, "Ukraine", "United States", "ATACMS", Aspect.Use, "2024"),
        ]);
        store.AddBatch([article]);

        var claims = store.GetClaims(new ClaimFilter());
        Assert.Equal(3, claims.Count);
        var authorize = claims[0];
        Assert.Equal($"{article.Article.Id}:0", authorize.Id);
        Assert.Equal(article.Article.Id, authorize.ArticleId);
        Assert.Equal(article.Article.Id, authorize.StoryGroup);
        Assert.Equal("The Kyiv Ledger", authorize.Outlet);
        Assert.Equal("2024-11-17", authorize.Published.ToString());
        Assert.False(authorize.PublishedEstimated);
        Assert.Equal(Clock.Now, authorize.Ingested);
        Assert.Equal(AuthorizeSentence, authorize.EvidenceText);
        Assert.Equal(article.Analysis.Events[0].Evidence, authorize.Event.Evidence);
        Assert.Equal(AuthorizeSentence, authorize.Event.Evidence.Of(body));
        Assert.Equal(["The New York Times", "anonymous U.S. officials"], authorize.Event.Sources);
        Assert.Equal(Certainty.Reported, authorize.Event.Certainty);
        Assert.Equal("2024-11-17", authorize.ValidTime.ToString());
        Assert.Equal("2024-11-17", claims[1].ValidTime.ToString()); // no event date: the publication date
    }

    [Fact]
    public void Claims_are_filtered_by_question_with_the_roles_of_a_request_swapped()
    {
        using var store = Open();
        var body = AuthorizeSentence + " " + RequestSentence + " Germany declined to send Taurus missiles.";
        store.AddBatch([TestArticles.Make(body, "Q", published: "2024-11-17", events: [
            TestArticles.Event(body, AuthorizeSentence, EventType.Authorize, "United States", "Ukraine", "ATACMS", Aspect.Use),
            TestArticles.Event(body, RequestSentence, EventType.Request, "Ukraine", "United States", "ATACMS", Aspect.Use),
            TestArticles.Event(body, "Germany declined to send Taurus missiles.", EventType.Deny, "Germany", "Ukraine", "Taurus", Aspect.Transfer),
        ])]);

        var question = ClaimFilter.For(new DecisionQuestion("United States", "ATACMS", "Ukraine", Aspect.Use));
        Assert.Equal([EventType.Authorize, EventType.Request], store.GetClaims(question).Select(c => c.Event.Type));
        Assert.Single(store.GetClaims(new ClaimFilter { Supplier = "Germany" }));
        Assert.Equal(2, store.GetClaims(new ClaimFilter { Recipient = "Ukraine" }).Count(c => c.Event.Type != EventType.Deny));
        Assert.Single(store.GetClaims(new ClaimFilter { Aspect = Aspect.Transfer }));
        Assert.Equal(2, store.GetClaims(new ClaimFilter { System = "ATACMS" }).Count);
        Assert.Empty(store.GetClaims(new ClaimFilter { Supplier = "France" }));
    }

    [Fact]
    public void As_of_a_date_only_claims_published_by_then_are_returned()
    {
        using var store = Open();
        string Body(string s) => s + " " + TestArticles.Story(s);
        ProcessedArticle Make(string name, string? published)
        {
            var body = Body(name);
            return TestArticles.Make(body, name, published: published, events: [
                TestArticles.Event(body, name, EventType.Review, "United States", "Ukraine", "ATACMS", Aspect.Transfer)]);
        }

        store.AddBatch([Make("early", "2023-09-10"), Make("late", "2023-10-17"), Make("month", "2023-10"), Make("undated", null)]);

        Assert.Equal(4, store.GetClaims(new ClaimFilter()).Count);
        Assert.Equal(["early"], Titles(store, new DateOnly(2023, 10, 10)));
        Assert.Equal(["early", "late"], Titles(store, new DateOnly(2023, 10, 17)));
        Assert.Equal(["early", "late", "month"], Titles(store, new DateOnly(2023, 10, 31)));
        Assert.Empty(Titles(store, new DateOnly(2023, 9, 9)));

        static string[] Titles(IArticleStore s, DateOnly asOf) =>
            [.. s.GetClaims(new ClaimFilter { AsOf = asOf }).Select(c => s.GetArticle(c.ArticleId)!.Article.Metadata.Title!)];
    }

    [Fact]
    public void Listing_is_chronological_with_undated_articles_last_and_pages()
    {
        using var store = Open();
        store.AddBatch([
            TestArticles.Make(TestArticles.Story("c"), "C", published: "2024-11-17"),
            TestArticles.Make(TestArticles.Story("n"), "N"),
            TestArticles.Make(TestArticles.Story("a"), "A", "Outlet", "2022-06-01"),
            TestArticles.Make(TestArticles.Story("b"), "B", published: "2023-10"),
        ]);

        Assert.Equal(["A", "B", "C", "N"], store.ListArticles(new ArticleQuery()).Select(s => s.Title));
        Assert.Equal(["B", "C"], store.ListArticles(new ArticleQuery { Limit = 2, Offset = 1 }).Select(s => s.Title));
        var a = store.ListArticles(new ArticleQuery { Limit = 1 }).Single();
        Assert.Equal("Outlet", a.Outlet);
        Assert.Equal("2022-06-01", a.Published);
        Assert.Equal(TestArticles.Story("a").Length, a.Chars);
        Assert.Equal(a.Id, a.StoryGroup);
    }

    [Fact]
    public void An_article_is_found_by_id_external_id_or_id_prefix()
    {
        using var store = Open();
        var a = TestArticles.Make(TestArticles.Story("a"), "A", externalId: "seed-002");
        store.AddBatch([a, TestArticles.Make(TestArticles.Story("b"), "B")]);
        var id = a.Article.Id;

        Assert.Equal([id], store.FindArticleIds(id, 5));
        Assert.Equal([id], store.FindArticleIds("seed-002", 5));
        Assert.Equal([id], store.FindArticleIds(id[..8], 5));
        Assert.Equal([id], store.FindArticleIds(id[..8].ToUpperInvariant(), 5));
        Assert.Empty(store.FindArticleIds("  ", 5));
        Assert.Empty(store.FindArticleIds("zzzz", 5));
        Assert.Empty(store.FindArticleIds("%", 5));
    }

    [Fact]
    public void Counts_report_articles_groups_claims_and_schema_version()
    {
        using var store = Open();
        var counts = store.Counts();
        Assert.Equal(0, counts.Articles);
        Assert.True(counts.SchemaVersion >= 3);
    }

    private IArticleStore Open()
    {
        var store = OpenStore();
        _opened.Add(store);
        return store;
    }
}
