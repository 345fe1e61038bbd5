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

/// <summary>How a mention names its entity.</summary>
public enum MentionKind
{
    /// <summary>A proper name or an alias of one ("Joe Biden", "Biden", "the Pentagon", "ATACMS"). Counts as an
    /// entity of the article for scoring.</summary>
    Name,

    /// <summary>A nationality or regional adjective or noun ("American officials", "Ukrainian crews", "North
    /// Koreans"): it names the country or region it points to and gives an <see cref="EntityMention.ActsFor"/>
    /// signal. The gold files list the country it names, so it counts for entity scoring; span benchmarks that
    /// tag nationalities apart (CoNLL MISC, re3d Nationality) leave it out.</summary>
    Demonym,

    /// <summary>A word that refers back to an entity named elsewhere ("he", "the newspaper", "the missiles in
    /// question", "the administration"). <see cref="EntityMention.Antecedent"/> is the mention it was resolved
    /// to. It adds no entity of its own to the article, so scoring ignores it.</summary>
    Reference,
}

/// <summary>
/// A span that names or refers to an entity, linked to a canonical entry where one is known.
/// <see cref="Rule"/> says which gazetteer entry ("gazetteer:people/joe-biden"), pattern ("pattern:title-name")
/// or resolution step ("resolve:surname") produced it, so every result can be explained.
/// <see cref="Surface"/> is always the text the span covers.
/// </summary>
public sealed record EntityMention(TextSpan Span, string Surface, EntityType Type, string CanonicalName, string Rule)
{
    /// <summary>The party the mention acts for, when it is a government's organ or leader
    /// ("the Pentagon" -> "United States", "Kyiv" -> "Ukraine", "Biden" on 2024-11-17 -> "United States");
    /// for a <see cref="MentionKind.Demonym"/> the country it names ("American officials" -> "United States").
    /// Null for a country or organisation named itself and for a person with no office on the article's date.</summary>
    public string? ActsFor { get; init; }

    /// <summary>Whether this is a name, a nationality adjective or a reference back to another mention.</summary>
    public MentionKind Kind { get; init; } = MentionKind.Name;

    /// <summary>Id of the gazetteer entry the mention resolves to ("joe-biden", "atacms", "us"); null for names
    /// found by patterns only.</summary>
    public string? EntityId { get; init; }

    /// <summary>For a person: the office held on the article's date according to the gazetteer ("President of the
    /// United States", "President-elect of the United States"); null when unknown or none.</summary>
    public string? Office { get; init; }

    /// <summary>The mention this one was resolved from: the full name behind a bare surname ("Kirby" -> the span of
    /// "John Kirby"), the outlet behind "the newspaper", the person behind "he". Null for a mention that names its
    /// entity by itself.</summary>
    public TextSpan? Antecedent { get; init; }

    /// <summary>The same mention with <see cref="Span"/> and <see cref="Antecedent"/> passed through
    /// <paramref name="map"/> (body offsets to original-text offsets).</summary>
    public EntityMention MapSpans(Func<TextSpan, TextSpan> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Span = map(Span), Antecedent = Antecedent is { } a ? map(a) : null };
    }
}
