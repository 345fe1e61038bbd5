using Docket.Domain.Time;

namespace Docket.Domain.Articles;

/// <summary>What is known about an article besides its text. Every field may be unknown.</summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Title { get; init; }

    /// <summary>Publisher of this copy (site name), e.g. "The Moscow Times".</summary>
    public string? Outlet { get; init; }

    /// <summary>Publication time; <see cref="PublishedDate"/> holds the calendar date when only that is known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Publication date as precise as known (may be only a day, with no time).</summary>
    public PartialDate? PublishedDate { get; init; }

    /// <summary>True when <see cref="PublishedDate"/> was estimated from the text (DOMAIN.md, "Two times").</summary>
    public bool PublishedEstimated { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public string? Byline { get; init; }

    /// <summary>ISO 639-1 code when known ("en").</summary>
    public string? Language { get; init; }

    public string? Url { get; init; }

    public string? CanonicalUrl { get; init; }
}
