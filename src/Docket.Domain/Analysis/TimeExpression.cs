using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>The unit a time expression's value is known to ("2024-11" is a month, "2013-W11" a week).</summary>
public enum TimeGranularity
{
    Century,
    Decade,
    Year,
    Half,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    PartOfDay,
    Hour,
    Minute,
    Second,
}

/// <summary>What a time expression's value depends on besides its own words.</summary>
public enum TimeAnchoring
{
    /// <summary>The words give the whole value ("17 November 2024", "three years", "PRESENT_REF").</summary>
    Absolute,

    /// <summary>The words give a calendar date without its year, taken from the anchor ("September 11").</summary>
    YearFromAnchor,

    /// <summary>Counted from the anchor, the publication date ("last week", "Sunday", "two years ago").</summary>
    RelativeToAnchor,

    /// <summary>Counted from a dated public event of the gazetteer ("two months before the inauguration").</summary>
    RelativeToEvent,
}

/// <summary>
/// A time expression normalized like a TIMEX3 value ("2024-11-17", "2023-SU", "P2M",
/// "PRESENT_REF"), resolved against the publication date. When it cannot be resolved,
/// <see cref="Value"/> is null and <see cref="UnresolvedReason"/> says why.
/// </summary>
public sealed record TimeExpression(TextSpan Span, string Surface, TimexType Type, string? Value, string Rule)
{
    public string? UnresolvedReason { get; init; }

    /// <summary>TIMEX3 mod ("START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN"...), when any.</summary>
    public string? Mod { get; init; }

    /// <summary>The unit the value is known to; null for references such as PRESENT_REF and for vague values.</summary>
    public TimeGranularity? Granularity { get; init; }

    /// <summary>What the value was computed from besides the words.</summary>
    public TimeAnchoring Anchoring { get; init; }

    /// <summary>The anchor actually used, when <see cref="Anchoring"/> is not absolute: the publication date
    /// ("2024-11-17") or the event and its date ("us-presidential-inauguration 2025-01-20").</summary>
    public string? AnchorValue { get; init; }
}
