using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Core.Dedup;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Time;
using Docket.Storage.Serialization;
using Microsoft.Data.Sqlite;

namespace Docket.Storage.Sqlite;

/// <summary>
/// The writes of one transaction: articles, analyses, story groups, signatures and claims. Made
/// per transaction and thrown away with it, so nothing of a rolled-back batch survives in memory.
/// Statements are portable SQL with named parameters.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly StoryGroupAssigner _assigner;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly bool _hasClaims;
    private readonly bool _hasRecords;

    public SqliteWriter(SqliteConnection connection, SqliteTransaction transaction, NearDuplicateDetector detector, int schemaVersion)
    {
        _connection = connection;
        _transaction = transaction;
        _assigner = new StoryGroupAssigner(detector);
        _hasClaims = schemaVersion >= 3;
        _hasRecords = schemaVersion >= 4;
        Scheme = SchemeOf(detector.Policy);
    }

    /// <summary>Names the detector settings, so signatures made with other settings are never compared.</summary>
    public string Scheme { get; }

    public NearDuplicateDetector Detector => _assigner.Detector;

    public static string SchemeOf(NearDuplicatePolicy p) =>
        string.Create(CultureInfo.InvariantCulture, $"minhash-w{p.ShingleSize}-h{p.HashFunctions}-r{p.RowsPerBand}-s{p.Seed:x}");

    public bool Exists(string id) => Scalar("SELECT COUNT(*) FROM articles WHERE id = @id", ("@id", id)) is long n && n > 0;

    public string? GroupOf(string id) => Scalar("SELECT group_id FROM story_groups WHERE article_id = @id", ("@id", id)) as string;

    public void InsertArticle(Article a, DateTimeOffset ingested)
    {
        var m = a.Metadata;
        var paragraphs = new int[a.Paragraphs.Count * 2];
        for (var i = 0; i < a.Paragraphs.Count; i++)
        {
            paragraphs[2 * i] = a.Paragraphs[i].Start;
            paragraphs[(2 * i) + 1] = a.Paragraphs[i].End;
        }

        Execute(
            """
            INSERT INTO articles (id, input, external_id, format, text, body, body_map, paragraphs, title, outlet,
                published, published_date, published_estimated, updated, byline, language, url, canonical_url, ingested_at, chars)
            VALUES (@id, @input, @external_id, @format, @text, @body, @body_map, @paragraphs, @title, @outlet,
                @published, @published_date, @published_estimated, @updated, @byline, @language, @url, @canonical_url, @ingested_at, @chars)
            """,
            ("@id", a.Id),
            ("@input", a.Input),
            ("@external_id", a.ExternalId),
            ("@format", a.Format.ToString()),
            ("@text", a.Text),
            ("@body", a.Body),
            ("@body_map", Int32Blob.Encode(a.BodyMap.ToArray())),
            ("@paragraphs", Int32Blob.Encode(paragraphs)),
            ("@title", m.Title),
            ("@outlet", m.Outlet),
            ("@published", m.Published?.ToString("o", CultureInfo.InvariantCulture)),
            ("@published_date", PublishedDate(m)?.ToString()),
            ("@published_estimated", m.PublishedEstimated ? 1 : 0),
            ("@updated", m.Updated?.ToString("o", CultureInfo.InvariantCulture)),
            ("@byline", m.Byline),
            ("@language", m.Language),
            ("@url", m.Url),
            ("@canonical_url", m.CanonicalUrl),
            ("@ingested_at", Iso(ingested)),
            ("@chars", a.Body.Length));
    }

    public void InsertAnalysis(string articleId, ArticleAnalysis analysis) =>
        Execute(
            "INSERT INTO article_analysis (article_id, analysis) VALUES (@id, @analysis)",
            ("@id", articleId),
            ("@analysis", AnalysisJson.Serialize(analysis)));

    /// <summary>
    /// Files the article's signature and band keys and puts it in a story group: the group of its
    /// most similar stored near-duplicate, or a new one. Groups it bridges are merged (their
    /// articles and claims move to the kept group; a claim's group is derived data about its
    /// source's independence, not part of what the claim says).
    /// </summary>
    public StoryGroupAssignment AssignStoryGroup(string articleId, MinHashSignature signature)
    {
        var keys = Detector.BandKeys(signature).Distinct().ToArray();
        var candidates = new List<GroupCandidate>();
        if (keys.Length > 0)
        {
            var sql = new StringBuilder("""
                SELECT DISTINCT s.article_id, g.group_id, s.signature
                FROM signature_bands b
                JOIN article_signatures s ON s.article_id = b.article_id
                JOIN story_groups g ON g.article_id = b.article_id
                WHERE s.scheme = @scheme AND b.band_key IN (
                """);
            var parameters = new List<(string, object?)> { ("@scheme", Scheme) };
            for (var i = 0; i < keys.Length; i++)
            {
                sql.Append(i == 0 ? "@k0" : $", @k{i}");
                parameters.Add(($"@k{i}", keys[i]));
            }

            sql.Append(')');
            using var reader = Command(sql.ToString(), [.. parameters]).ExecuteReader();
            while (reader.Read())
            {
                if (MinHashSignature.FromBytes((byte[])reader.GetValue(2)) is { } sig)
                {
                    candidates.Add(new GroupCandidate(reader.GetString(0), reader.GetString(1), sig));
                }
            }
        }

        var assignment = _assigner.Assign(articleId, signature, candidates);
        foreach (var merged in assignment.MergedGroups)
        {
            Execute("UPDATE story_groups SET group_id = @to WHERE group_id = @from", ("@to", assignment.StoryGroup), ("@from", merged));
            if (_hasClaims)
            {
                Execute("UPDATE claims SET story_group = @to WHERE story_group = @from", ("@to", assignment.StoryGroup), ("@from", merged));
            }
        }

        Execute(
            "INSERT INTO story_groups (article_id, group_id, matched_article_id, jaccard) VALUES (@id, @group, @matched, @jaccard)",
            ("@id", articleId),
            ("@group", assignment.StoryGroup),
            ("@matched", assignment.MatchedArticleId),
            ("@jaccard", assignment.StartsGroup ? null : assignment.Similarity.Jaccard));
        Execute(
            "INSERT INTO article_signatures (article_id, scheme, signature) VALUES (@id, @scheme, @signature)",
            ("@id", articleId),
            ("@scheme", Scheme),
            ("@signature", signature.ToBytes()));
        if (keys.Length > 0)
        {
            // One multi-row VALUES statement (standard SQL) instead of one statement per band.
            var sql = new StringBuilder("INSERT INTO signature_bands (band_key, article_id) VALUES ");
            var parameters = new List<(string, object?)> { ("@id", articleId) };
            for (var i = 0; i < keys.Length; i++)
            {
                sql.Append(i == 0 ? "(@k0, @id)" : $", (@k{i}, @id)");
                parameters.Add(($"@k{i}", keys[i]));
            }

            Execute(sql.ToString(), [.. parameters]);
        }

        return assignment;
    }

    /// <summary>One claim row per decision event of the article, in the article's order.</summary>
    public void InsertClaims(Article article, ArticleAnalysis analysis, string storyGroup, DateTimeOffset ingested)
    {
        if (!_hasClaims)
        {
            return;
        }

        var published = PublishedDate(article.Metadata);
        for (var i = 0; i < analysis.Events.Count; i++)
        {
            var e = analysis.Events[i];
            var claim = new Claim
            {
                Id = ClaimId(article.Id, i),
                ArticleId = article.Id,
                Outlet = article.Metadata.Outlet,
                Published = published,
                PublishedEstimated = article.Metadata.PublishedEstimated,
                Ingested = ingested,
                StoryGroup = storyGroup,
                Event = e,
                EvidenceText = SpanText.Of(article, e.Evidence),
            };
            (string, object?)[] columns =
            [
                ("@id", claim.Id),
                ("@article_id", article.Id),
                ("@ordinal", i),
                ("@event_type", GoldNames.Of(e.Type)),
                ("@actor", e.Actor),
                ("@recipient", e.Recipient),
                ("@system", e.System),
                ("@aspect", e.Aspect is { } asp ? GoldNames.Of(asp) : null),
                ("@polarity", GoldNames.Of(e.Polarity)),
                ("@certainty", GoldNames.Of(e.Certainty)),
                ("@scope", e.Scope),
                ("@event_date", e.Date?.ToString()),
                ("@sources", JsonSerializer.Serialize(e.Sources, AnalysisJson.Options)),
                ("@evidence_start", e.Evidence.Start),
                ("@evidence_end", e.Evidence.End),
                ("@evidence_text", claim.EvidenceText),
                ("@trigger_start", e.Trigger.Start),
                ("@trigger_end", e.Trigger.End),
                ("@is_change", e.IsChange ? 1 : 0),
                ("@rule", e.Rule),
                ("@outlet", article.Metadata.Outlet),
                ("@published", published?.ToString()),
                ("@published_latest", published?.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("@published_estimated", article.Metadata.PublishedEstimated ? 1 : 0),
                ("@story_group", storyGroup),
                ("@ingested_at", Iso(ingested)),
            ];
            if (_hasRecords)
            {
                Execute(InsertClaimWithRecord, [.. columns, ("@record", ClaimRecord.Encode(claim))]);
                if (e.System is not null)
                {
                    Execute("INSERT INTO claim_systems (system) VALUES (@system) ON CONFLICT DO NOTHING", ("@system", e.System));
                }
            }
            else
            {
                Execute(InsertClaim, columns);
            }
        }
    }

    /// <summary>Migration 4: the record (read form) of every stored claim, and the distinct system names.</summary>
    public void BackfillClaimRecords()
    {
        var claims = new List<Claim>();
        using (var reader = Command(SqliteReader.ClaimColumns + " ORDER BY rowid").ExecuteReader())
        {
            var decoder = new SqliteReader.ClaimDecoder();
            while (reader.Read())
            {
                claims.Add(decoder.Read(reader));
            }
        }

        foreach (var claim in claims)
        {
            Execute("UPDATE claims SET record = @record WHERE id = @id", ("@record", ClaimRecord.Encode(claim)), ("@id", claim.Id));
        }

        Execute("INSERT INTO claim_systems (system) SELECT DISTINCT system FROM claims WHERE system IS NOT NULL ON CONFLICT DO NOTHING");
    }

    /// <summary>Migration 2: signs and groups every stored article, oldest first.</summary>
    public void BackfillStoryGroups()
    {
        var articles = new List<(string Id, string Body)>();
        using (var reader = Command("SELECT id, body FROM articles ORDER BY seq").ExecuteReader())
        {
            while (reader.Read())
            {
                articles.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (id, body) in articles)
        {
            AssignStoryGroup(id, Detector.Sign(body));
        }
    }

    /// <summary>Migration 3: a claim row for every event of every stored analysis.</summary>
    public void BackfillClaims()
    {
        var ids = new List<string>();
        using (var reader = Command("SELECT article_id FROM article_analysis ORDER BY article_id").ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        foreach (var id in ids)
        {
            if (SqliteReader.ReadArticle(Command(SqliteReader.ArticleById, ("@id", id))) is { Analysis: { } analysis } stored)
            {
                InsertClaims(stored.Article, analysis, stored.StoryGroup ?? id, stored.Ingested);
            }
        }
    }

    private const string InsertClaim = """
        INSERT INTO claims (id, article_id, ordinal, event_type, actor, recipient, system, aspect, polarity, certainty,
            scope, event_date, sources, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, is_change,
            rule, outlet, published, published_latest, published_estimated, story_group, ingested_at)
        VALUES (@id, @article_id, @ordinal, @event_type, @actor, @recipient, @system, @aspect, @polarity, @certainty,
            @scope, @event_date, @sources, @evidence_start, @evidence_end, @evidence_text, @trigger_start, @trigger_end, @is_change,
            @rule, @outlet, @published, @published_latest, @published_estimated, @story_group, @ingested_at)
        """;

    private const string InsertClaimWithRecord = """
        INSERT INTO claims (id, article_id, ordinal, event_type, actor, recipient, system, aspect, polarity, certainty,
            scope, event_date, sources, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, is_change,
            rule, outlet, published, published_latest, published_estimated, story_group, ingested_at, record)
        VALUES (@id, @article_id, @ordinal, @event_type, @actor, @recipient, @system, @aspect, @polarity, @certainty,
            @scope, @event_date, @sources, @evidence_start, @evidence_end, @evidence_text, @trigger_start, @trigger_end, @is_change,
            @rule, @outlet, @published, @published_latest, @published_estimated, @story_group, @ingested_at, @record)
        """;

    public static string ClaimId(string articleId, int ordinal) => string.Create(CultureInfo.InvariantCulture, $"{articleId}:{ordinal}");

    /// <summary>The knowledge-time date of an article: its partial date, else the date of its time.</summary>
    public static PartialDate? PublishedDate(ArticleMetadata m) =>
        m.PublishedDate ?? (m.Published is { } p ? PartialDate.FromDate(DateOnly.FromDateTime(p.UtcDateTime)) : null);

    public static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("o", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var c in _commands.Values)
        {
            c.Dispose();
        }

        _commands.Clear();
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteScalar();

    private void Execute(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteNonQuery();

    /// <summary>A prepared command for <paramref name="sql"/>, reused within the transaction.</summary>
    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
#pragma warning disable CA2100 // Statements are constants or built only from generated parameter names; values are always parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.Transaction = _transaction;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
