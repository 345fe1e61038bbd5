namespace Docket.Storage.Sqlite;

/// <summary>One schema change: applied once, in a transaction, with its data backfill.</summary>
/// <param name="Version">Schema version after it (1, 2, 3...: strictly increasing).</param>
/// <param name="Description">What it adds, recorded in schema_version.</param>
/// <param name="Sql">The DDL.</param>
/// <param name="Backfill">Fills the new tables from what is already stored, in the same
/// transaction, so an upgraded store is as complete as a new one.</param>
internal sealed record SqliteMigration(int Version, string Description, string Sql, Action<SqliteWriter>? Backfill);

/// <summary>
/// The ordered migrations of the SQLite store. Rules: never edit or remove a migration that has
/// shipped; add a new one. Migrations only add (tables, columns, indexes) and backfill; none
/// drops or rewrites stored articles. Types and statements are standard SQL except the clearly
/// marked SQLite dialect (FTS5, the rowid alias); a PostgreSQL store keeps its own list with the
/// same tables and columns.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "articles, analyses and full-text search", """
            CREATE TABLE articles (
                seq INTEGER PRIMARY KEY,            -- SQLite: alias of the rowid, stable under VACUUM; the FTS5 key
                id TEXT NOT NULL UNIQUE,            -- stable content id (ArticleIdentity)
                input TEXT NOT NULL,
                external_id TEXT,
                format TEXT NOT NULL,
                text TEXT NOT NULL,                 -- as received: the coordinate space of every span
                body TEXT NOT NULL,
                body_map BLOB NOT NULL,             -- SourceMap.ToArray(), int32 little-endian
                paragraphs BLOB NOT NULL,           -- [start, end] pairs, int32 little-endian
                title TEXT,
                outlet TEXT,
                published TEXT,                     -- ISO 8601 date-time, when known
                published_date TEXT,                -- ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
                published_estimated INTEGER NOT NULL DEFAULT 0,
                updated TEXT,
                byline TEXT,
                language TEXT,
                url TEXT,
                canonical_url TEXT,
                ingested_at TEXT NOT NULL,          -- ISO 8601 UTC, from the injected clock
                chars INTEGER NOT NULL
            );
            CREATE INDEX ix_articles_external_id ON articles (external_id);
            CREATE INDEX ix_articles_published_date ON articles (published_date);

            CREATE TABLE article_analysis (
                article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id),
                analysis TEXT NOT NULL              -- AnalysisJson
            );

            -- SQLite dialect: FTS5 external-content index over title and body, kept by triggers.
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
                INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
            END;
            """, null),

        new(2, "story groups and near-duplicate signatures", """
            CREATE TABLE story_groups (
                article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id),
                group_id TEXT NOT NULL,
                matched_article_id TEXT,            -- the near-duplicate that put it there
                jaccard REAL
            );
            CREATE INDEX ix_story_groups_group ON story_groups (group_id);

            CREATE TABLE article_signatures (
                article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id),
                scheme TEXT NOT NULL,               -- the detector settings the signature was made with
                signature BLOB NOT NULL             -- MinHashSignature.ToBytes()
            );

            CREATE TABLE signature_bands (
                band_key INTEGER NOT NULL,
                article_id TEXT NOT NULL REFERENCES articles (id),
                PRIMARY KEY (band_key, article_id)
            );
            """, w => w.BackfillStoryGroups()),

        new(3, "claims", """
            CREATE TABLE claims (
                id TEXT NOT NULL PRIMARY KEY,       -- article id ':' ordinal
                article_id TEXT NOT NULL REFERENCES articles (id),
                ordinal INTEGER NOT NULL,
                event_type TEXT NOT NULL,           -- gold names: AUTHORIZE, transfer, positive...
                actor TEXT,
                recipient TEXT,
                system TEXT,
                aspect TEXT,
                polarity TEXT NOT NULL,
                certainty TEXT NOT NULL,
                scope TEXT,
                event_date TEXT,
                sources TEXT NOT NULL,              -- JSON array, nearest relay first
                evidence_start INTEGER NOT NULL,
                evidence_end INTEGER NOT NULL,
                evidence_text TEXT NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                is_change INTEGER NOT NULL,
                rule TEXT NOT NULL,
                outlet TEXT,
                published TEXT,                     -- knowledge time, ISO partial date
                published_latest TEXT,              -- last day it can mean (YYYY-MM-DD): the as-of key
                published_estimated INTEGER NOT NULL,
                story_group TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX ix_claims_question ON claims (actor, system, recipient, aspect);
            CREATE INDEX ix_claims_published ON claims (published_latest);
            CREATE INDEX ix_claims_story_group ON claims (story_group);
            CREATE INDEX ix_claims_article ON claims (article_id);
            """, w => w.BackfillClaims()),

        new(4, "claim records (the read form of each claim) and the distinct system names", """
            ALTER TABLE claims ADD COLUMN record BLOB;  -- ClaimRecord: every immutable field, one value to read

            -- Every distinct system name or label of a claim, kept on insert: a few hundred rows that
            -- let a query find the class labels covering a system without scanning the claims.
            CREATE TABLE claim_systems (
                system TEXT NOT NULL COLLATE NOCASE PRIMARY KEY
            );
            """, w => w.BackfillClaimRecords()),

        new(5, "covering, case-insensitive claim indexes for status queries", """
            -- Status queries read one question's claims: by parties (both role orders) and system, the
            -- other claims of those articles, USE by the recipient, or a system alone; names compare
            -- case-insensitively, as question keys do. The parties, article and (partial) USE indexes
            -- cover their queries (conditions, story group and record): those reads never visit the
            -- table rows.
            CREATE INDEX ix_claims_parties ON claims (actor COLLATE NOCASE, recipient COLLATE NOCASE, system COLLATE NOCASE,
                event_type, published, ingested_at, article_id, story_group, record);
            CREATE INDEX ix_claims_article_record ON claims (article_id, story_group, record);
            CREATE INDEX ix_claims_uses ON claims (actor COLLATE NOCASE, system COLLATE NOCASE, published, ingested_at, story_group, record)
                WHERE event_type = 'USE';
            CREATE INDEX ix_claims_recipient ON claims (recipient COLLATE NOCASE, system COLLATE NOCASE);
            CREATE INDEX ix_claims_system ON claims (system COLLATE NOCASE);
            """, null),
    ];

    /// <summary>The version a store reaches when every migration is applied.</summary>
    public static int CurrentVersion => Migrations[^1].Version;

    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;
}
