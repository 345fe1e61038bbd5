using System.Text;
using AngleSharp.Html.Parser;
using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// What <see cref="HtmlArticleExtractor"/> found in one page: the article body (one block per
/// line), a map from every body offset into the HTML source, the source spans of the blocks,
/// the page's own metadata, and, when no article text was found, why.
/// </summary>
public sealed record HtmlExtraction
{
    public required string Body { get; init; }

    /// <summary>Maps <see cref="Body"/> offsets to offsets in the HTML source.</summary>
    public required SourceMap BodyMap { get; init; }

    /// <summary>Source spans of the body's lines (paragraphs, headings, list items).</summary>
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }

    /// <summary>Metadata read from the page alone (container hints are not applied here).</summary>
    public required ArticleMetadata Metadata { get; init; }

    /// <summary>Why no body was extracted; null on success.</summary>
    public string? Rejection { get; init; }

    /// <summary>Text nodes that could not be located in the source and were left out.</summary>
    public int UnalignedTexts { get; init; }

    public bool IsSuccess => Rejection is null;
}

/// <summary>
/// Docket's article extraction from HTML: parses the page with AngleSharp, locates every text
/// node in the source, finds the article's blocks (<see cref="MainContentLocator"/>) and writes
/// them as plain text with exact source offsets. Stateless and thread-safe; bad input (empty,
/// binary, no article text) gives a rejection, never an exception.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const int JunkSample = 8192;

    /// <summary>Estimated nesting beyond which a page is refused before parsing.</summary>
    internal const int MaxNesting = 4096;

    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Extracts the article of one page.</summary>
    public HtmlExtraction Extract(string html) => Extract(html, keepEveryBlock: false);

    /// <summary>With <paramref name="keepEveryBlock"/>, every visible text block is kept (used
    /// to test the source mapping on its own).</summary>
    internal HtmlExtraction Extract(string html, bool keepEveryBlock)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            return Rejected("the HTML page is empty");
        }

        if (LooksBinary(html))
        {
            return Rejected("the input looks like binary data, not HTML (many control or undecodable characters); check its encoding or file type");
        }

        if (NestingEstimate.Exceeds(html, MaxNesting))
        {
            return Rejected($"the page nests elements more than {MaxNesting:N0} levels deep (browsers stop at 512); it is not a readable article page");
        }

        // A parser is not thread-safe but is costly to create: one per thread.
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var page = PageModelBuilder.Build(document, html);
        var ld = JsonLdArticle.Read(page.JsonLd);
        List<int> selected;
        if (keepEveryBlock)
        {
            selected = [.. Enumerable.Range(0, page.Blocks.Count)];
        }
        else
        {
            selected = MainContentLocator.Locate(page, ld?.ArticleBody);
        }

        var metadata = HtmlMetadataReader.Read(page, ld, selected);
        if (selected.Count == 0)
        {
            return Rejected("no article text found in the HTML page (it holds only navigation, links or short fragments)", metadata, page.UnalignedTexts);
        }

        var body = new StringBuilder();
        var map = new SourceMap.Builder();
        var paragraphs = new List<TextSpan>(selected.Count);
        foreach (var b in selected)
        {
            var block = page.Blocks[b];
            if (body.Length > 0)
            {
                // The line break stands for no source text: it sits where the previous block ended.
                map.AppendReplaced(1, paragraphs[^1].End, 0);
                body.Append('\n');
            }

            body.Append(block.Text);
            foreach (var s in block.Segments)
            {
                map.AppendReplaced(s.DerivedLength, s.SourceStart, s.SourceLength);
            }

            paragraphs.Add(block.SourceSpan);
        }

        return new HtmlExtraction
        {
            Body = body.ToString(),
            BodyMap = map.Build(),
            Paragraphs = paragraphs,
            Metadata = metadata,
            UnalignedTexts = page.UnalignedTexts,
        };
    }

    private static HtmlExtraction Rejected(string reason, ArticleMetadata? metadata = null, int unaligned = 0) => new()
    {
        Body = string.Empty,
        BodyMap = SourceMap.Identity(0),
        Paragraphs = [],
        Metadata = metadata ?? ArticleMetadata.Empty,
        Rejection = reason,
        UnalignedTexts = unaligned,
    };

    // Binary data decoded as text is full of control characters and U+FFFD; HTML is not.
    private static bool LooksBinary(string html)
    {
        var n = Math.Min(html.Length, JunkSample);
        var bad = 0;
        for (var i = 0; i < n; i++)
        {
            var c = html[i];
            if ((c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f') || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad > n / 20;
    }
}
