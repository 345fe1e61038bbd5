namespace Docket.Domain.Articles;

/// <summary>The two shapes of article text Docket reads.</summary>
public enum DocumentFormat
{
    PlainText,
    Html,
}

/// <summary>
/// What a reader hands to the pipeline: one article's text, decoded to a string, before any
/// cleaning. <see cref="Content"/> becomes the article's <see cref="Article.Text"/>, the
/// coordinate space of every span Docket stores.
/// </summary>
/// <param name="Input">Where it came from, for messages and provenance: a path, a URL,
/// "path:line" for one line of a JSON Lines file, "feed#item" for a feed item.</param>
/// <param name="Content">The text exactly as received (HTML source for HTML).</param>
/// <param name="Format">Plain text or HTML.</param>
/// <param name="Hints">Metadata the container gave (JSON fields, feed item fields).</param>
public sealed record RawDocument(string Input, string Content, DocumentFormat Format, DocumentHints Hints);

/// <summary>Metadata given alongside a document by its container; each may be null.</summary>
public sealed record DocumentHints
{
    public static DocumentHints None { get; } = new();

    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary>Publication time as the container wrote it (ISO date or date-time, RFC 822 for RSS).</summary>
    public string? Published { get; init; }

    public string? Title { get; init; }

    public string? Byline { get; init; }

    public string? Language { get; init; }
}
