using Docket.Domain.Time;

namespace Docket.Domain.Decisions;

/// <summary>
/// An event together with who claims it and when it could be known (DOMAIN.md, "Claim"). Claims
/// are never edited after ingest; new reporting adds new claims.
/// </summary>
public sealed record Claim
{
    /// <summary>Stable id: article id plus the event's ordinal in the article.</summary>
    public required string Id { get; init; }

    public required string ArticleId { get; init; }

    /// <summary>Publisher of the article the claim comes from.</summary>
    public string? Outlet { get; init; }

    /// <summary>Knowledge time: when the article was published (or its estimate).</summary>
    public PartialDate? Published { get; init; }

    /// <summary>True when <see cref="Published"/> was estimated from the text's own dates.</summary>
    public bool PublishedEstimated { get; init; }

    /// <summary>When Docket learned it (ingest time).</summary>
    public DateTimeOffset Ingested { get; init; }

    /// <summary>Story group of the article: syndicated copies and reprints share one and count once.</summary>
    public required string StoryGroup { get; init; }

    public required DecisionEvent Event { get; init; }

    /// <summary>The evidence sentence's text, kept so a claim can be shown without its article.</summary>
    public required string EvidenceText { get; init; }

    /// <summary>Valid time: the resolved event date, else the publication date (DOMAIN.md, "Two times").</summary>
    public PartialDate? ValidTime => Event.Date ?? Published;
}

/// <summary>
/// A decision question: (supplier, system or system class, recipient, aspect), e.g. ("United
/// States", "ATACMS", "Ukraine", use). <see cref="System"/> is null for general aid.
/// </summary>
public sealed record DecisionQuestion(string Supplier, string? System, string Recipient, Aspect Aspect)
{
    /// <summary>Readable key: "United States / ATACMS / Ukraine / use".</summary>
    public override string ToString() => $"{Supplier} / {System ?? "(general aid)"} / {Recipient} / {GoldNames.Of(Aspect)}";
}
