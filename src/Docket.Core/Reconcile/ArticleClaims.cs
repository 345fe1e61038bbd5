using System.Globalization;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile;

/// <summary>
/// Turns one processed article's decision events into claims (DOMAIN.md, "Claim"): who claims
/// each event (the outlet and the event's attribution chain), its knowledge time (the article's
/// publication date, or the estimate from its own text, marked as such), when Docket learned it,
/// and its story group. Ids are "articleId:ordinal", the store's claim ids.
/// </summary>
public static class ArticleClaims
{
    public static IReadOnlyList<Claim> From(Article article, ArticleAnalysis analysis, string storyGroup, DateTimeOffset ingested)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analysis);
        var published = KnowledgeDate(article.Metadata);
        var claims = new List<Claim>(analysis.Events.Count);
        for (var i = 0; i < analysis.Events.Count; i++)
        {
            var e = analysis.Events[i];
            claims.Add(new Claim
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}:{i}"),
                ArticleId = article.Id,
                Outlet = article.Metadata.Outlet,
                Published = published,
                PublishedEstimated = article.Metadata.PublishedEstimated,
                Ingested = ingested,
                StoryGroup = storyGroup,
                Event = e,
                EvidenceText = e.Evidence.End <= article.Text.Length ? e.Evidence.Of(article.Text) : string.Empty,
            });
        }

        return claims;
    }

    /// <summary>The knowledge-time date of an article: its partial date, else the date of its time.</summary>
    public static PartialDate? KnowledgeDate(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.PublishedDate ?? (metadata.Published is { } p ? PartialDate.FromDate(DateOnly.FromDateTime(p.UtcDateTime)) : null);
    }
}
