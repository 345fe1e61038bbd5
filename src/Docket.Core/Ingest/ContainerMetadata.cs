using Docket.Domain.Articles;

namespace Docket.Core.Ingest;

/// <summary>
/// Applies what a container said about a document (<see cref="DocumentHints"/>: JSON fields,
/// feed item fields) to the metadata a cleaning stage found in the text. The container wins:
/// it was written by the publisher or the annotator, the text's header was only scraped.
/// </summary>
public static class ContainerMetadata
{
    public static ArticleMetadata Apply(ArticleMetadata found, DocumentHints hints)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(hints);
        var result = found with
        {
            Title = hints.Title ?? found.Title,
            Outlet = hints.Outlet ?? found.Outlet,
            Byline = hints.Byline ?? found.Byline,
            Language = hints.Language ?? found.Language,
            Url = hints.Url ?? found.Url,
        };

        if (ContainerDate.TryParse(hints.Published, out var published))
        {
            result = result with
            {
                PublishedDate = published.Date,
                Published = published.Instant ?? (found.PublishedDate == published.Date ? found.Published : null),
                PublishedEstimated = false,
            };
        }

        return result;
    }
}
