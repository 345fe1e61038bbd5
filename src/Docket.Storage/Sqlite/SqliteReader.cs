using System.Globalization;
using System.Text.Json;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;
using Docket.Storage.Serialization;
using Microsoft.Data.Sqlite;

namespace Docket.Storage.Sqlite;

/// <summary>Portable SELECTs of the store and the mapping of their rows to domain records.</summary>
internal static class SqliteReader
{
    public const string ArticleById = """
        SELECT a.id, a.input, a.external_id, a.format, a.text, a.body, a.body_map, a.paragraphs, a.title, a.outlet,
            a.published, a.published_date, a.published_estimated, a.updated, a.byline, a.language, a.url, a.canonical_url,
            a.ingested_at, g.group_id, an.analysis
        FROM articles a
        LEFT JOIN story_groups g ON g.article_id = a.id
        LEFT JOIN article_analysis an ON an.article_id = a.id
        WHERE a.id = @id
        """;

    public const string ListArticles = """
        SELECT a.id, a.title, a.outlet, a.published_date, a.url, a.chars, a.published_estimated, g.group_id, a.input
        FROM articles a
        LEFT JOIN story_groups g ON g.article_id = a.id
        ORDER BY CASE WHEN a.published_date IS NULL THEN 1 ELSE 0 END, a.published_date, a.seq
        LIMIT @limit OFFSET @offset
        """;

    public const string ClaimColumns = """
        SELECT id, article_id, event_type, actor, recipient, system, aspect, polarity, certainty, scope, event_date, sources,
            evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, is_change, rule, outlet, published,
            published_estimated, story_group, ingested_at
        FROM claims
        """;

    public static StoredArticle? ReadArticle(SqliteCommand command)
    {
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var paragraphs = Int32Blob.Decode((byte[])r.GetValue(7));
        var article = new Article
        {
            Id = r.GetString(0),
            Input = r.GetString(1),
            ExternalId = Text(r, 2),
            Format = Enum.TryParse<DocumentFormat>(r.GetString(3), out var f) ? f : DocumentFormat.PlainText,
            Text = r.GetString(4),
            Body = r.GetString(5),
            BodyMap = SourceMap.FromArray(Int32Blob.Decode((byte[])r.GetValue(6))),
            Paragraphs = [.. Enumerable.Range(0, paragraphs.Length / 2).Select(i => new TextSpan(paragraphs[2 * i], paragraphs[(2 * i) + 1]))],
            Metadata = new ArticleMetadata
            {
                Title = Text(r, 8),
                Outlet = Text(r, 9),
                Published = Time(r, 10),
                PublishedDate = Date(r, 11),
                PublishedEstimated = r.GetInt64(12) != 0,
                Updated = Time(r, 13),
                Byline = Text(r, 14),
                Language = Text(r, 15),
                Url = Text(r, 16),
                CanonicalUrl = Text(r, 17),
            },
        };
        var analysis = Text(r, 20) is { } json ? AnalysisJson.Deserialize(json) : null;
        return new StoredArticle(article, Time(r, 18) ?? default, Text(r, 19), analysis);
    }

    public static ArticleSummary ReadSummary(SqliteDataReader r) =>
        new(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), (int)r.GetInt64(5))
        {
            PublishedEstimated = r.GetInt64(6) != 0,
            StoryGroup = Text(r, 7),
            Input = Text(r, 8),
        };

    /// <summary>
    /// Turns claim rows into claims. One per query: it remembers the values that repeat across
    /// rows (vocabulary names, source chains, outlets, dates, ingest times, story groups), so a
    /// query of thousands of claims decodes each distinct JSON array and date once and shares the
    /// strings. Not thread-safe.
    /// </summary>
    internal sealed class ClaimDecoder
    {
        private static readonly Dictionary<string, EventType> Types = Names<EventType>(GoldNames.Of);
        private static readonly Dictionary<string, Aspect> Aspects = Names<Aspect>(GoldNames.Of);
        private static readonly Dictionary<string, Polarity> Polarities = Names<Polarity>(GoldNames.Of);
        private static readonly Dictionary<string, Certainty> Certainties = Names<Certainty>(GoldNames.Of);

        private readonly Dictionary<string, IReadOnlyList<string>> _sources = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PartialDate?> _dates = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _times = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public Claim Read(SqliteDataReader r)
        {
            var sourcesJson = r.GetString(11);
            if (!_sources.TryGetValue(sourcesJson, out var sources))
            {
                sources = JsonSerializer.Deserialize<string[]>(sourcesJson, AnalysisJson.Options) ?? [];
                _sources[sourcesJson] = sources;
            }

            var e = new DecisionEvent
            {
                Type = Types.TryGetValue(r.GetString(2), out var type) ? type : GoldNames.TryParse<EventType>(r.GetString(2), out type) ? type : EventType.Support,
                Actor = Shared(r, 3),
                Recipient = Shared(r, 4),
                System = Shared(r, 5),
                Aspect = Text(r, 6) is { } a ? Aspects.TryGetValue(a, out var aspect) ? aspect : GoldNames.TryParse<Aspect>(a, out aspect) ? aspect : null : null,
                Polarity = Polarities.TryGetValue(r.GetString(7), out var polarity) ? polarity : Polarity.Positive,
                Certainty = Certainties.TryGetValue(r.GetString(8), out var certainty) ? certainty : GoldNames.TryParse<Certainty>(r.GetString(8), out certainty) ? certainty : Certainty.Asserted,
                Scope = Text(r, 9),
                Date = DateOf(r, 10),
                Sources = sources,
                Evidence = new TextSpan((int)r.GetInt64(12), (int)r.GetInt64(13)),
                Trigger = new TextSpan((int)r.GetInt64(15), (int)r.GetInt64(16)),
                IsChange = r.GetInt64(17) != 0,
                Rule = Shared(r, 18) ?? string.Empty,
            };
            return new Claim
            {
                Id = r.GetString(0),
                ArticleId = r.GetString(1),
                Event = e,
                EvidenceText = r.GetString(14),
                Outlet = Shared(r, 19),
                Published = DateOf(r, 20),
                PublishedEstimated = r.GetInt64(21) != 0,
                StoryGroup = Shared(r, 22) ?? string.Empty,
                Ingested = TimeOf(r, 23),
            };
        }

        private static Dictionary<string, TEnum> Names<TEnum>(Func<TEnum, string> name)
            where TEnum : struct, Enum =>
            Enum.GetValues<TEnum>().ToDictionary(name, v => v, StringComparer.Ordinal);

        private string? Shared(SqliteDataReader r, int i)
        {
            if (r.IsDBNull(i))
            {
                return null;
            }

            var s = r.GetString(i);
            if (_strings.TryGetValue(s, out var known))
            {
                return known;
            }

            _strings[s] = s;
            return s;
        }

        private PartialDate? DateOf(SqliteDataReader r, int i)
        {
            if (r.IsDBNull(i))
            {
                return null;
            }

            var s = r.GetString(i);
            if (!_dates.TryGetValue(s, out var d))
            {
                d = PartialDate.TryParse(s, out var parsed) ? parsed : null;
                _dates[s] = d;
            }

            return d;
        }

        private DateTimeOffset TimeOf(SqliteDataReader r, int i)
        {
            if (r.IsDBNull(i))
            {
                return default;
            }

            var s = r.GetString(i);
            if (!_times.TryGetValue(s, out var t))
            {
                t = DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : default;
                _times[s] = t;
            }

            return t;
        }
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Time(SqliteDataReader r, int i) =>
        Text(r, i) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;

    private static PartialDate? Date(SqliteDataReader r, int i) => PartialDate.TryParse(Text(r, i), out var d) ? d : null;
}
