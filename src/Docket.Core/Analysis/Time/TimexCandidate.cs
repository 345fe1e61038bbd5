using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Time;

/// <summary>One rule's reading of a stretch of text, before overlapping readings are settled.</summary>
internal readonly record struct TimexCandidate(int Start, int End, TimexType Type, string? Value, string Rule)
{
    public int Length => End - Start;

    public string? Mod { get; init; }

    public TimeGranularity? Granularity { get; init; }

    public TimeAnchoring Anchoring { get; init; }

    public string? AnchorValue { get; init; }

    public string? UnresolvedReason { get; init; }

    /// <summary>True when the value was counted in calendar time (DATE/TIME from "ago", an event, a
    /// weekday): such a reading may take the approximation modifiers of durations ("about two years ago").</summary>
    public bool TakesApproximation { get; init; }
}

/// <summary>A resolved value, or why there is none.</summary>
internal readonly record struct Resolution(string? Value, string? Reason, TimeGranularity? Granularity)
{
    public static Resolution Of(string? value, TimeGranularity? granularity) =>
        value is null ? new Resolution(null, "the value falls outside the calendar", granularity) : new Resolution(value, null, granularity);

    public static Resolution Unresolved(string reason) => new(null, reason, null);
}
