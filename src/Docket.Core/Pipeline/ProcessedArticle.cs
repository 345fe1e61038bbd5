using Docket.Domain.Analysis;
using Docket.Domain.Articles;

namespace Docket.Core.Pipeline;

/// <summary>What the pipeline returns for one document: the cleaned article, its analysis and
/// any diagnostics (things noticed that did not stop it).</summary>
public sealed record ProcessedArticle(Article Article, ArticleAnalysis Analysis, IReadOnlyList<string> Diagnostics);
