using System.Globalization;
using System.Text;
using Docket.Core.Dedup;
using Docket.Core.Pipeline;
using Docket.Domain;
using Docket.Domain.Decisions;
using Docket.Storage.Serialization;
using Microsoft.Data.Sqlite;

namespace Docket.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys on and a busy timeout, its
/// schema brought up to date by versioned migrations when it is opened, FTS5 search over titles
/// and bodies, and story groups kept incrementally from persisted MinHash band keys. Each batch
/// is one transaction, so a crash loses at most the batch in progress and a re-run resumes
/// (stored articles come back as duplicates). Not thread-safe: one instance per thread; several
/// processes may share the file (SQLite serializes their writes).
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteStoreOptions _options;
    private bool _disposed;

    private SqliteArticleStore(string location, SqliteConnection connection, SqliteStoreOptions options, int schemaVersion)
    {
        Location = location;
        _connection = connection;
        _options = options;
        SchemaVersion = schemaVersion;
    }

    public string Location { get; }

    /// <summary>The schema version the file is at.</summary>
    public int SchemaVersion { get; }

    /// <summary>The schema version this code writes.</summary>
    public static int CurrentSchemaVersion => SqliteSchema.CurrentVersion;

    /// <summary>
    /// Opens (and, unless told not to, creates) the store at <paramref name="path"/> and brings
    /// its schema up to date. Expected problems (no such file, not a database, another program's
    /// database, a newer schema, no permission) are failures naming the file, not exceptions.
    /// </summary>
    public static Outcome<SqliteArticleStore> Open(string path, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SqliteStoreOptions();
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            if (!options.CreateIfMissing)
            {
                return Outcome<SqliteArticleStore>.Fail(path, "no database at this path");
            }

            var dir = Path.GetDirectoryName(full);
            if (dir is not null && !Directory.Exists(dir))
            {
                return Outcome<SqliteArticleStore>.Fail(path, $"the folder {dir} does not exist; create it or choose another --db path");
            }
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false, // closing the store closes the file (tests reopen it; WAL is checkpointed)
            DefaultTimeout = Math.Max(1, options.BusyTimeoutMs / 1000),
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // SQLite dialect: durability and integrity settings, per connection.
            Pragma(connection, "PRAGMA journal_mode = WAL;");
            Pragma(connection, "PRAGMA synchronous = FULL;");
            Pragma(connection, "PRAGMA foreign_keys = ON;");
            Pragma(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {options.BusyTimeoutMs};"));
            Pragma(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {-1024L * Math.Max(1, options.CacheMiB)};"));
            Pragma(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA mmap_size = {1024L * 1024 * Math.Max(0, options.MemoryMapMiB)};"));

            var migrated = Migrate(connection, options, path);
            if (!migrated.TryGetValue(out var version))
            {
                connection.Dispose();
                return Outcome<SqliteArticleStore>.Fail(migrated.Failure!);
            }

            return Outcome<SqliteArticleStore>.Success(new SqliteArticleStore(path, connection, options, version));
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            return Outcome<SqliteArticleStore>.Fail(path, Explain(ex));
        }
    }

    public IReadOnlyList<StoreReceipt> AddBatch(IReadOnlyList<ProcessedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return [];
        }

        // Signing is pure CPU work: do it before taking the write lock, in parallel, and only for
        // articles not stored yet (a re-run of an ingest is mostly duplicates). The transaction
        // checks again, so a concurrent writer cannot make this wrong, only slower.
        var stored = StoredIds(articles.Select(a => a.Article.Id));
        var signatures = new MinHashSignature?[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            if (!stored.Contains(articles[i].Article.Id))
            {
                signatures[i] = _options.Detector.Sign(articles[i].Article.Body);
            }
        });
        var ingested = _options.Clock.GetUtcNow();
        var receipts = new List<StoreReceipt>(articles.Count);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using var writer = new SqliteWriter(_connection, transaction, _options.Detector, SchemaVersion);
            for (var i = 0; i < articles.Count; i++)
            {
                var (article, analysis, _) = articles[i];
                if (writer.Exists(article.Id))
                {
                    receipts.Add(new StoreReceipt(article.Id, StoreResult.Duplicate, writer.GroupOf(article.Id) ?? article.Id, null));
                    continue;
                }

                writer.InsertArticle(article, ingested);
                writer.InsertAnalysis(article.Id, analysis);
                var group = writer.AssignStoryGroup(article.Id, signatures[i] ?? _options.Detector.Sign(article.Body));
                writer.InsertClaims(article, analysis, group.StoryGroup, ingested);
                receipts.Add(new StoreReceipt(article.Id, StoreResult.Added, group.StoryGroup, group.MatchedArticleId));
            }

            transaction.Commit();
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{Location}: the batch was not stored ({Explain(ex)}); nothing of it was written", ex);
        }

        // Groups merged by a later article of the batch: report where each article ended up.
        return [.. receipts.Select(r => r with { StoryGroup = GroupOf(r.ArticleId) ?? r.StoryGroup })];
    }

    public StoredArticle? GetArticle(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var command = Command(SqliteReader.ArticleById, ("@id", id));
        return SqliteReader.ReadArticle(command);
    }

    public IReadOnlyList<string> FindArticleIds(string reference, int limit)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var r = reference.Trim();
        if (r.Length == 0 || limit < 1)
        {
            return [];
        }

        var exact = Strings("SELECT id FROM articles WHERE id = @r", ("@r", r));
        if (exact.Count > 0)
        {
            return exact;
        }

        var external = Strings("SELECT id FROM articles WHERE external_id = @r ORDER BY seq LIMIT @limit", ("@r", r), ("@limit", limit));
        if (external.Count > 0)
        {
            return external;
        }

        // Ids are lower-case hex; a prefix search for anything else would only match by accident.
        var prefix = r.ToLowerInvariant();
        if (!prefix.All(char.IsAsciiHexDigit))
        {
            return [];
        }

        return Strings("SELECT id FROM articles WHERE id LIKE @p ORDER BY id LIMIT @limit", ("@p", prefix + "%"), ("@limit", limit));
    }

    public IReadOnlyList<ArticleSummary> ListArticles(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var command = Command(SqliteReader.ListArticles, ("@limit", Math.Max(0, query.Limit)), ("@offset", Math.Max(0, query.Offset)));
        using var reader = command.ExecuteReader();
        var result = new List<ArticleSummary>();
        while (reader.Read())
        {
            result.Add(SqliteReader.ReadSummary(reader));
        }

        return result;
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (FtsQuery.From(query) is not { } match || limit < 1)
        {
            return [];
        }

        // SQLite dialect: FTS5 MATCH, bm25 (lower is better; titles weigh five times the body) and snippet.
        using var command = Command(
            """
            SELECT a.id, a.title, a.outlet, a.published_date,
                snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet,
                bm25(articles_fts, 5.0, 1.0) AS score
            FROM articles_fts
            JOIN articles a ON a.seq = articles_fts.rowid
            WHERE articles_fts MATCH @match
            ORDER BY score, a.seq
            LIMIT @limit
            """,
            ("@match", match),
            ("@limit", limit));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                Collapse(reader.IsDBNull(4) ? string.Empty : reader.GetString(4)),
                -reader.GetDouble(5)));
        }

        return hits;
    }

    public IReadOnlyList<Claim> GetClaims(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        List<Claim> claims;
        try
        {
            claims = ClaimRecordQuery.Read(_connection, ClaimsQuery(filter, out var parameters), parameters, Location);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{Location}: reading claims failed ({Explain(ex)})", ex);
        }

        // Sorted here rather than in SQL: the sorter would copy every record a second time.
        ClaimOrder.Sort(claims);
        return claims;
    }

    /// <summary>The SELECT of <see cref="GetClaims"/>: records and story groups of the matching claims
    /// (and, with article context, of every claim of their articles).</summary>
    private static string ClaimsQuery(ClaimFilter filter, out (string Name, object? Value)[] parameters)
    {
        var query = ClaimSql.Of(filter);
        parameters = [.. query.Parameters];
        return filter.WithArticleContext
            ? $"SELECT record, story_group FROM claims WHERE article_id IN (SELECT article_id FROM claims WHERE {query.Where})"
            : $"SELECT record, story_group FROM claims WHERE {query.Where}";
    }

    public IReadOnlyList<string> SystemNames()
    {
        // Served by the small claim_systems table (one row per distinct name), not by a scan of the claims.
        var names = Strings("SELECT system FROM claim_systems ORDER BY system");
        return names;
    }

    public IReadOnlyList<ClaimKey> ClaimKeys(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = ClaimSql.Of(filter with { WithArticleContext = false });
        using var command = Command(
            $"""
            SELECT event_type, actor, recipient, system, aspect, COUNT(*) FROM claims WHERE {query.Where}
            GROUP BY event_type, actor, recipient, system, aspect
            ORDER BY COUNT(*) DESC, event_type, actor, recipient, system, aspect
            """,
            [.. query.Parameters]);
        using var reader = command.ExecuteReader();
        var keys = new List<ClaimKey>();
        while (reader.Read())
        {
            keys.Add(new ClaimKey(
                GoldNames.TryParse<EventType>(reader.GetString(0), out var type) ? type : EventType.Support,
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                !reader.IsDBNull(4) && GoldNames.TryParse<Aspect>(reader.GetString(4), out var aspect) ? aspect : null,
                (int)reader.GetInt64(5)));
        }

        return keys;
    }

    public StoreCounts Counts()
    {
        using var command = Command("""
            SELECT (SELECT COUNT(*) FROM articles),
                   (SELECT COUNT(DISTINCT group_id) FROM story_groups),
                   (SELECT COUNT(*) FROM claims),
                   (SELECT MAX(version) FROM schema_version)
            """);
        using var r = command.ExecuteReader();
        r.Read();
        return new StoreCounts((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3));
    }

    /// <summary>The query plan of a claims query, for tests that check the indexes are used.</summary>
    internal string ExplainClaimsQuery(string whereClause)
    {
        using var command = Command("EXPLAIN QUERY PLAN " + SqliteReader.ClaimColumns + " WHERE " + whereClause);
        return Plan(command);
    }

    /// <summary>The query plan <see cref="GetClaims"/> runs for <paramref name="filter"/>, for tests that check the indexes are used.</summary>
    internal string ExplainClaims(ClaimFilter filter)
    {
        using var command = Command("EXPLAIN QUERY PLAN " + ClaimsQuery(filter, out var parameters), parameters);
        return Plan(command);
    }

    private static string Plan(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        var plan = new StringBuilder();
        while (r.Read())
        {
            plan.AppendLine(r.GetString(3));
        }

        return plan.ToString();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // Fold the WAL back into the main file so the database is one file again when idle.
        try
        {
            Pragma(_connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // Another process holds the database; it checkpoints when it closes.
        }

        _connection.Dispose();
    }

    /// <summary>Which of <paramref name="ids"/> are stored already.</summary>
    private HashSet<string> StoredIds(IEnumerable<string> ids)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var sql = new StringBuilder("SELECT id FROM articles WHERE id IN (");
        var parameters = new (string Name, object? Value)[distinct.Count];
        for (var i = 0; i < distinct.Count; i++)
        {
            sql.Append(i == 0 ? "@i0" : $", @i{i}");
            parameters[i] = ($"@i{i}", distinct[i]);
        }

        return distinct.Count == 0 ? [] : [.. Strings(sql.Append(')').ToString(), parameters)];
    }

    private string? GroupOf(string id) =>
        Strings("SELECT group_id FROM story_groups WHERE article_id = @id", ("@id", id)).FirstOrDefault();

    private static Outcome<int> Migrate(SqliteConnection connection, SqliteStoreOptions options, string path)
    {
        var target = options.MigrateTo ?? SqliteSchema.CurrentVersion;
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version' AND name NOT LIKE 'sqlite_%'";
            var tables = (long)check.ExecuteScalar()!;
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
            if (tables > 0 && (long)check.ExecuteScalar()! == 0)
            {
                return Outcome<int>.Fail(path, "this is a SQLite database of another program (it has no schema_version table); choose another --db path");
            }
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = SqliteSchema.VersionTable;
            create.ExecuteNonQuery();
        }

        var version = CurrentVersion(connection, null);
        if (version > SqliteSchema.CurrentVersion)
        {
            return Outcome<int>.Fail(path, $"the database has schema version {version}, newer than this Docket's {SqliteSchema.CurrentVersion}; update Docket to read it");
        }

        foreach (var migration in SqliteSchema.Migrations.Where(m => m.Version > version && m.Version <= target))
        {
            // BEGIN IMMEDIATE: a second process opening the same new file waits, then sees the
            // migration done and skips it.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            using (var ddl = connection.CreateCommand())
            {
                ddl.Transaction = transaction;
#pragma warning disable CA2100 // Migration DDL is a compile-time constant.
                ddl.CommandText = migration.Sql;
#pragma warning restore CA2100
                ddl.ExecuteNonQuery();
            }

            if (migration.Backfill is { } backfill)
            {
                using var writer = new SqliteWriter(connection, transaction, options.Detector, migration.Version);
                backfill(writer);
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)";
                record.Parameters.AddWithValue("@v", migration.Version);
                record.Parameters.AddWithValue("@d", migration.Description);
                record.Parameters.AddWithValue("@t", SqliteWriter.Iso(options.Clock.GetUtcNow()));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            version = migration.Version;
        }

        return Outcome<int>.Success(version);
    }

    private static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return (int)(long)command.ExecuteScalar()!;
    }

    private static void Pragma(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // PRAGMA text is a constant or a formatted integer.
        command.CommandText = pragma;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    /// <summary>SQLite's error in words a user can act on.</summary>
    private static string Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => "the file is not a SQLite database (it may be damaged or another kind of file); choose another --db path",
        5 or 6 => "the database is locked by another process; wait for it to finish and try again",
        8 => "the database is read-only here; check the file's permissions",
        13 => "the disk is full; free some space and run the same command again",
        14 => "the database file cannot be opened; check the path and its permissions",
        11 => "the database file is damaged; restore it from a copy or ingest into a new file",
        _ => $"SQLite error {ex.SqliteErrorCode}: {ex.Message}",
    };

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Statements are constants or built from fixed fragments; values are always parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
