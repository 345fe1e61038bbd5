using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>An HTML page is one article, passed on as its source; main-text extraction is a
/// pipeline stage.</summary>
internal static class HtmlPageReader
{
    public static Outcome<RawDocument> Read(string input, string html, DocumentHints? hints = null) =>
        Outcome<RawDocument>.Success(new RawDocument(input, html, DocumentFormat.Html, hints ?? DocumentHints.None));
}
