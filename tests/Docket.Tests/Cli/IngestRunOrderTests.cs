using System.Text.Json;
using Docket.Cli.Ingestion;
using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Domain.Decisions;
using Docket.Storage;

namespace Docket.Tests.Cli;

/// <summary>The ingest loop processes the next batch while the store writes the previous one; these check that the
/// overlap never reorders, drops or double-writes articles, and that a failing store stops at the failed batch.</summary>
public sealed class IngestRunOrderTests : IDisposable
{
    private const int Articles = 3 * IngestRun.BatchSize + 17;

    private readonly string _folder = Directory.CreateTempSubdirectory("docket-ingest-order-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Batches_reach_the_store_in_input_order_each_article_once()
    {
        var store = new RecordingStore(failOnBatch: null);
        var report = await Ingest(store);

        Assert.True(report.AllStored);
        Assert.Equal(Articles, report.Tally.Added);
        Assert.Equal(Enumerable.Range(0, Articles).Select(Id), store.Batches.SelectMany(b => b));
        Assert.All(store.Batches.SkipLast(1), b => Assert.Equal(IngestRun.BatchSize, b.Count));
    }

    [Fact]
    public async Task A_store_that_fails_keeps_the_earlier_batches_and_writes_nothing_after()
    {
        var store = new RecordingStore(failOnBatch: 2);
        var report = await Ingest(store);

        Assert.NotNull(report.StoreError);
        Assert.Equal(IngestRun.BatchSize, report.Tally.Added);
        Assert.Single(store.Batches);
        Assert.Equal(Enumerable.Range(0, IngestRun.BatchSize).Select(Id), store.Batches[0]);
        Assert.Equal(IngestRun.BatchSize, report.Failures.Count(f => f.Reason.StartsWith("not stored: ", StringComparison.Ordinal)));
    }

    private static string Id(int n) => $"order-{n:D4}";

    private async Task<IngestReport> Ingest(IArticleStore store)
    {
        var file = Path.Combine(_folder, "many.jsonl");
        await File.WriteAllLinesAsync(
            file,
            Enumerable.Range(0, Articles).Select(n => JsonSerializer.Serialize(new
            {
                id = Id(n),
                title = $"Dispatch {n}",
                text = $"Dispatch {n} from the test desk. The ministry said on Monday it had approved {n + 2} more launchers for the northern brigade.",
            })),
            TestContext.Current.CancellationToken);
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        using var reader = new InputReader();
        return await new IngestRun(pipeline, reader, store).RunAsync([file], null, TestContext.Current.CancellationToken);
    }

    /// <summary>Records the external ids of every batch; throws on batch <c>failOnBatch</c> (1-based).</summary>
    private sealed class RecordingStore(int? failOnBatch) : IArticleStore
    {
        public List<List<string>> Batches { get; } = [];

        public string Location => "recording store";

        public IReadOnlyList<StoreReceipt> AddBatch(IReadOnlyList<ProcessedArticle> articles)
        {
            if (Batches.Count + 1 == failOnBatch)
            {
                throw new StoreException("the test store refuses this batch");
            }

            Batches.Add([.. articles.Select(a => a.Article.ExternalId!)]);
            return [.. articles.Select(a => new StoreReceipt(a.Article.Id, StoreResult.Added, a.Article.Id, null))];
        }

        public StoredArticle? GetArticle(string id) => null;

        public IReadOnlyList<string> FindArticleIds(string reference, int limit) => [];

        public IReadOnlyList<ArticleSummary> ListArticles(ArticleQuery query) => [];

        public IReadOnlyList<SearchHit> Search(string query, int limit) => [];

        public IReadOnlyList<Claim> GetClaims(ClaimFilter filter) => [];

        public IReadOnlyList<string> SystemNames() => [];

        public IReadOnlyList<ClaimKey> ClaimKeys(ClaimFilter filter) => [];

        public StoreCounts Counts() => new(0, 0, 0, 0);

        public void Dispose()
        {
        }
    }
}
