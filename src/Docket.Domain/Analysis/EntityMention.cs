using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>Entity types of GOLD-FORMAT.md.</summary>
public enum EntityType
{
    Person,
    Org,
    Gpe,
    System,
}

/// <summary>
/// A span that names an entity, linked to a canonical entry where one is known.
/// <see cref="Rule"/> says which lexicon entry or pattern produced it, so every result can be explained.
/// </summary>
public sealed record EntityMention(TextSpan Span, string Surface, EntityType Type, string CanonicalName, string Rule)
{
    /// <summary>The party the mention acts for, when it is a government's organ or leader
    /// ("the Pentagon" -> "United States"); null otherwise.</summary>
    public string? ActsFor { get; init; }
}
