namespace Docket.Storage;

/// <summary>A stored article's summary row.</summary>
/// <param name="Id">Content id.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Outlet">Publisher of this copy, when known.</param>
/// <param name="Published">Publication date as precise as known ("2024-11-17"), or null.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="Chars">Length of the cleaned body in UTF-16 code units.</param>
public sealed record ArticleSummary(string Id, string? Title, string? Outlet, string? Published, string? Url, int Chars)
{
    /// <summary>True when <see cref="Published"/> was estimated from the text.</summary>
    public bool PublishedEstimated { get; init; }

    /// <summary>Story group: syndicated copies and reprints share one.</summary>
    public string? StoryGroup { get; init; }

    /// <summary>Where it was read from.</summary>
    public string? Input { get; init; }
}

/// <summary>Which summaries to list: a page of them.</summary>
public sealed record ArticleQuery
{
    public int Limit { get; init; } = 50;

    public int Offset { get; init; }
}
