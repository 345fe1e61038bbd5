using Docket.Core.Pipeline;
using Docket.Domain.Articles;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// Cleaning stage for HTML documents: replaces the body with the article's main text (one
/// paragraph, heading or list item per line, mapped character by character into the HTML
/// source), records the paragraphs' source spans, and fills the metadata.
/// <para>
/// Metadata rule: a value given by the document's container (<see cref="RawDocument.Hints"/>:
/// a gold file's title, outlet, published date, URL, byline, language) wins over the value
/// read from the page; the page fills only what the container left empty. A container date
/// that cannot be parsed counts as absent.
/// </para>
/// Plain-text documents pass through untouched. A page with no article text is rejected with
/// the reason.
/// </summary>
public sealed class HtmlExtractionStage : IPipelineStage
{
    private readonly HtmlArticleExtractor _extractor = new();

    public string Name => "html-extraction";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Raw.Format != DocumentFormat.Html)
        {
            return;
        }

        var result = _extractor.Extract(context.Raw.Content);
        context.Metadata = Merge(context.Raw.Hints, result.Metadata, context.Metadata);
        if (result.UnalignedTexts > 0)
        {
            context.AddDiagnostic($"{Name}: {result.UnalignedTexts} text node(s) could not be located in the HTML source and were left out");
        }

        if (!result.IsSuccess)
        {
            context.Reject($"{Name}: {result.Rejection}");
            return;
        }

        context.SetBody(result.Body, result.BodyMap);
        context.Paragraphs = result.Paragraphs;
    }

    /// <summary>Container hints first, then the page, then what earlier stages set.</summary>
    internal static ArticleMetadata Merge(DocumentHints hints, ArticleMetadata page, ArticleMetadata earlier)
    {
        var (hintInstant, hintDate) = HtmlMetadataReader.Date(hints.Published);
        var hasHintDate = hintDate is not null;
        return earlier with
        {
            Title = hints.Title ?? page.Title ?? earlier.Title,
            Outlet = hints.Outlet ?? page.Outlet ?? earlier.Outlet,
            Published = hasHintDate ? hintInstant : page.Published ?? earlier.Published,
            PublishedDate = hasHintDate ? hintDate : page.PublishedDate ?? earlier.PublishedDate,
            Updated = page.Updated ?? earlier.Updated,
            Byline = hints.Byline ?? page.Byline ?? earlier.Byline,
            Language = HtmlMetadataReader.LanguageCode(hints.Language) ?? hints.Language ?? page.Language ?? earlier.Language,
            Url = hints.Url ?? earlier.Url ?? page.CanonicalUrl,
            CanonicalUrl = page.CanonicalUrl ?? earlier.CanonicalUrl,
        };
    }
}
