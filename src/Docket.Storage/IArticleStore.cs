using Docket.Core.Pipeline;

namespace Docket.Storage;

/// <summary>What happened to one article offered to the store.</summary>
public enum StoreResult
{
    Added,
    Duplicate,
}

/// <summary>A stored article's summary row.</summary>
public sealed record ArticleSummary(string Id, string? Title, string? Outlet, string? Published, string? Url, int Chars);

/// <summary>
/// Where processed articles are kept. Implemented on SQLite (embedded default) and PostgreSQL;
/// the SQL is kept portable. Writes are idempotent by article id.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>Stores a batch in one transaction; returns, per article, whether it was new.</summary>
    IReadOnlyList<StoreResult> AddBatch(IReadOnlyList<ProcessedArticle> articles);
}
