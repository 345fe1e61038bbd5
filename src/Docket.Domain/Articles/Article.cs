using Docket.Domain.Text;

namespace Docket.Domain.Articles;

/// <summary>
/// One published text after cleaning. <see cref="Text"/> is the document exactly as received
/// (HTML source for a page); <see cref="Body"/> is the article's own text with boilerplate
/// removed and Unicode cleaned, and <see cref="BodyMap"/> maps every body offset back into
/// <see cref="Text"/>. Immutable.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id derived from the normalized body, so the same article ingested twice
    /// gets the same id.</summary>
    public required string Id { get; init; }

    /// <summary>Where it was read from (path, URL, "file:line").</summary>
    public required string Input { get; init; }

    /// <summary>Identifier given by the container (gold file id, JSON Lines id), if any.</summary>
    public string? ExternalId { get; init; }

    public required DocumentFormat Format { get; init; }

    /// <summary>The document as received: the coordinate space of every stored span.</summary>
    public required string Text { get; init; }

    /// <summary>Cleaned main text.</summary>
    public required string Body { get; init; }

    /// <summary>Maps <see cref="Body"/> offsets to <see cref="Text"/> offsets.</summary>
    public required SourceMap BodyMap { get; init; }

    public required ArticleMetadata Metadata { get; init; }

    /// <summary>Offsets, in <see cref="Text"/>, of the body's paragraphs (blocks).</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];
}
