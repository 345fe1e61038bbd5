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

/// <summary>
/// A time expression normalized like a TIMEX3 value ("2024-11-17", "2023-SU", "P2M",
/// "PRESENT_REF"), resolved against the publication date. When it cannot be resolved,
/// <see cref="Value"/> is null and <see cref="UnresolvedReason"/> says why.
/// </summary>
public sealed record TimeExpression(TextSpan Span, string Surface, TimexType Type, string? Value, string Rule)
{
    public string? UnresolvedReason { get; init; }

    /// <summary>TIMEX3 mod ("START", "EARLY", "APPROX"...), when any.</summary>
    public string? Mod { get; init; }
}
