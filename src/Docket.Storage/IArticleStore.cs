using Docket.Core.Pipeline;
using Docket.Domain.Decisions;

namespace Docket.Storage;

/// <summary>
/// Where processed articles, their analyses, story groups and claims are kept. Implemented on
/// SQLite (the embedded default); the interface holds no SQLite types and the SQL is portable so
/// that a PostgreSQL store can implement it too, and the same tests (StoreTests) run against
/// both. Writes are idempotent by article id: the same article offered twice is stored once.
/// Nothing stored is ever edited away: claims are added, never rewritten. An instance is used
/// by one thread at a time.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Where the store lives, for messages ("docket.db").</summary>
    string Location { get; }

    /// <summary>
    /// Stores a batch in one transaction: every article, its analysis, its story group and its
    /// claims, or (when anything throws) none of them. Returns, per article and in order, whether
    /// it was new and which story group it is in. An article already stored, or earlier in the
    /// same batch, is a <see cref="StoreResult.Duplicate"/>.
    /// </summary>
    IReadOnlyList<StoreReceipt> AddBatch(IReadOnlyList<ProcessedArticle> articles);

    /// <summary>The stored article with its analysis and story group, or null.</summary>
    StoredArticle? GetArticle(string id);

    /// <summary>Ids that <paramref name="reference"/> names: an exact id, an external id (the
    /// container's own id) or a prefix of ids, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> FindArticleIds(string reference, int limit);

    /// <summary>Summaries, oldest publication first, articles without a date last.</summary>
    IReadOnlyList<ArticleSummary> ListArticles(ArticleQuery query);

    /// <summary>Full-text search over titles and bodies: ranked hits with snippets. Words are
    /// all required; "quoted words" form a phrase; a trailing * matches a prefix.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    /// <summary>Claims that match <paramref name="filter"/>, oldest knowledge time first.</summary>
    IReadOnlyList<Claim> GetClaims(ClaimFilter filter);

    /// <summary>Every distinct system name or label that a stored claim carries (case variants
    /// count once), without reading the claims: status queries pick from it the labels of the
    /// system classes that cover a system ("long-range missiles" for ATACMS).</summary>
    IReadOnlyList<string> SystemNames();

    /// <summary>The distinct event fields of the claims that match <paramref name="filter"/>, with
    /// their counts, most frequent first (<see cref="ClaimFilter.WithArticleContext"/> is ignored).</summary>
    IReadOnlyList<ClaimKey> ClaimKeys(ClaimFilter filter);

    /// <summary>How much the store holds.</summary>
    StoreCounts Counts();
}
