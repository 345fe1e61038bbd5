using Docket.Domain.Analysis;
using Docket.Domain.Articles;

namespace Docket.Storage;

/// <summary>An article as stored: the article, when Docket learned it, its story group and
/// its analysis (null when none was stored).</summary>
public sealed record StoredArticle(Article Article, DateTimeOffset Ingested, string? StoryGroup, ArticleAnalysis? Analysis);
