namespace Docket.Storage;

/// <summary>One full-text search hit, best first.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its headline, when known.</param>
/// <param name="Outlet">Its publisher, when known.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Snippet">A short passage around the matches, matched words in [brackets].</param>
/// <param name="Score">Relevance: higher is better.</param>
public sealed record SearchHit(string ArticleId, string? Title, string? Outlet, string? Published, string Snippet, double Score);
