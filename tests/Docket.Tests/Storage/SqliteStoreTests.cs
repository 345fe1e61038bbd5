using Docket.Domain.Decisions;
using Docket.Storage;
using Docket.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Docket.Tests.Storage;

/// <summary>The store tests on SQLite (a temporary file), and what is particular to SQLite:
/// opening problems, migrations, WAL, indexes.</summary>
public sealed class SqliteStoreTests : StoreTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docket-store-").FullName;

    private string DbPath => Path.Combine(_folder, "docket.db");

    protected override IArticleStore OpenStore() => OpenSqlite(new SqliteStoreOptions { Clock = Clock });

    protected override void DeleteStore() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Opening_a_missing_file_for_reading_fails_with_a_reason_and_creates_nothing()
    {
        var outcome = SqliteArticleStore.Open(DbPath, new SqliteStoreOptions { CreateIfMissing = false });
        Assert.False(outcome.IsSuccess);
        Assert.Contains("no database", outcome.Failure!.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public void A_file_that_is_not_a_database_fails_with_a_reason()
    {
        File.WriteAllText(DbPath, "These are notes, not a database. They go on for a while so SQLite reads a full header page.\n" + new string('x', 4096));
        var outcome = SqliteArticleStore.Open(DbPath);
        Assert.False(outcome.IsSuccess);
        Assert.Contains("not a SQLite database", outcome.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_programs_database_is_left_alone()
    {
        using (var c = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE recipes (name TEXT)";
            cmd.ExecuteNonQuery();
        }

        var outcome = SqliteArticleStore.Open(DbPath);
        Assert.False(outcome.IsSuccess);
        Assert.Contains("another program", outcome.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_from_a_newer_docket_is_refused_not_damaged()
    {
        OpenStore().Dispose();
        Sql("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', '2030-01-01')");
        var outcome = SqliteArticleStore.Open(DbPath);
        Assert.False(outcome.IsSuccess);
        Assert.Contains("newer", outcome.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_store_has_every_migration_recorded_once_and_runs_in_wal_mode_with_foreign_keys()
    {
        using (var store = OpenSqlite(new SqliteStoreOptions()))
        {
            Assert.Equal(SqliteArticleStore.CurrentSchemaVersion, store.SchemaVersion);
        }

        using (OpenSqlite(new SqliteStoreOptions()))
        {
            // Reopening applies nothing twice.
        }

        Assert.Equal(Enumerable.Range(1, SqliteArticleStore.CurrentSchemaVersion).Select(v => (object)(long)v), Column("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal("wal", Column("PRAGMA journal_mode").Single());
        var orphan = Assert.Throws<SqliteException>(() => Sql("PRAGMA foreign_keys = ON; INSERT INTO article_analysis (article_id, analysis) VALUES ('nope', '{}')"));
        Assert.Contains("FOREIGN KEY", orphan.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Upgrading_an_older_store_keeps_every_article_and_backfills_groups_and_claims(int fromVersion)
    {
        var body = "President Biden authorized Ukraine to use the missiles inside Russia. " + TestArticles.Story("upgrade");
        var original = TestArticles.Make(body, "Original", published: "2024-11-17", events: [
            TestArticles.Event(body, "President Biden authorized Ukraine to use the missiles inside Russia.", EventType.Authorize, "United States", "Ukraine", "ATACMS", Aspect.Use)]);
        var copy = TestArticles.Make("KYIV (Northline) — " + body, "Copy", published: "2024-11-18");

        // An old version of Docket wrote these, with only the tables it knew.
        using (var old = OpenSqlite(new SqliteStoreOptions { Clock = Clock, MigrateTo = fromVersion }))
        {
            Assert.Equal(fromVersion, old.SchemaVersion);
            if (fromVersion == 1)
            {
                InsertAsVersion1(original);
                InsertAsVersion1(copy);
            }
            else
            {
                old.AddBatch([original, copy]);
                Assert.Equal(0, Column("SELECT COUNT(*) FROM sqlite_master WHERE name = 'claims'").Cast<long>().Single());
            }
        }

        using var store = OpenSqlite(new SqliteStoreOptions { Clock = Clock });
        Assert.Equal(SqliteArticleStore.CurrentSchemaVersion, store.SchemaVersion);
        Assert.Equal(2, store.Counts().Articles);
        Assert.Equal("Original", store.GetArticle(original.Article.Id)!.Article.Metadata.Title);
        Assert.Equal(original.Article.Id, store.GetArticle(copy.Article.Id)!.StoryGroup);
        var claim = Assert.Single(store.GetClaims(new ClaimFilter()));
        Assert.Equal(original.Article.Id, claim.StoryGroup);
        Assert.Equal("President Biden authorized Ukraine to use the missiles inside Russia.", claim.EvidenceText);
        Assert.Single(store.Search("missiles", 5), h => h.ArticleId == original.Article.Id);

        // And it keeps working as a current store.
        Assert.Equal(StoreResult.Duplicate, store.AddBatch([copy]).Single().Result);
    }

    [Fact]
    public void The_as_of_and_question_queries_of_claims_use_their_indexes()
    {
        using var store = OpenSqlite(new SqliteStoreOptions());
        Assert.Contains("ix_claims_published", store.ExplainClaimsQuery("published_latest <= '2024-01-01'"), StringComparison.Ordinal);
        Assert.Contains("ix_claims_question", store.ExplainClaimsQuery("actor = 'United States' AND system = 'ATACMS' AND recipient = 'Ukraine' AND aspect = 'use'"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_a_reason_not_an_exception()
    {
        var outcome = SqliteArticleStore.Open(Path.Combine(_folder, "no", "such", "folder", "x.db"));
        Assert.False(outcome.IsSuccess);
        Assert.Contains("does not exist", outcome.Failure!.Reason, StringComparison.Ordinal);
    }

    private SqliteArticleStore OpenSqlite(SqliteStoreOptions options)
    {
        var outcome = SqliteArticleStore.Open(DbPath, options);
        Assert.True(outcome.IsSuccess, outcome.Failure?.ToString());
        return outcome.Value!;
    }

    /// <summary>What version 1 of the store wrote for an article: its row and its analysis.</summary>
    private void InsertAsVersion1(Docket.Core.Pipeline.ProcessedArticle p)
    {
        Sql(
            """
            INSERT INTO articles (id, input, format, text, body, body_map, paragraphs, title, published_date, ingested_at, chars)
            VALUES (@id, @input, 'PlainText', @text, @text, @map, x'', @title, @published, '2026-01-01T00:00:00.0000000Z', @chars);
            INSERT INTO article_analysis (article_id, analysis) VALUES (@id, @analysis);
            """,
            ("@id", p.Article.Id),
            ("@input", p.Article.Input),
            ("@text", p.Article.Text),
            ("@map", Docket.Storage.Serialization.Int32Blob.Encode(p.Article.BodyMap.ToArray())),
            ("@title", p.Article.Metadata.Title),
            ("@published", p.Article.Metadata.PublishedDate?.ToString()),
            ("@chars", p.Article.Body.Length),
            ("@analysis", Docket.Storage.Serialization.AnalysisJson.Serialize(p.Analysis)));
    }

    private void Sql(string sql, params (string Name, object? Value)[] parameters)
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in parameters)
        {
            cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        }

        cmd.ExecuteNonQuery();
    }

    private List<object> Column(string sql)
    {
        using var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var values = new List<object>();
        while (r.Read())
        {
            values.Add(r.GetValue(0));
        }

        return values;
    }
}
