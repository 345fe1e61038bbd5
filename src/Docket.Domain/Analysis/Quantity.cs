using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>
/// A quantity with its unit: "300 kilometers" (300, "km"), "$400 million" (400000000, "USD"),
/// "thousands of troops" (1000, "troops", approximate), "90 percent" (90, "percent"). For counts
/// of things the unit is the counted noun as written in the plural ("tanks", "troops").
/// </summary>
public sealed record Quantity(TextSpan Span, string Surface, decimal? Amount, string Unit, string Rule)
{
    /// <summary>True for vague or hedged amounts ("thousands of", "about 300").</summary>
    public bool Approximate { get; init; }

    /// <summary>A bound the text puts on the amount, as TIMEX3 writes mods: "MORE_THAN" ("more than 1,000"),
    /// "LESS_THAN", "EQUAL_OR_MORE" ("at least"), "EQUAL_OR_LESS" ("up to"); null when the amount is exact or approximate.</summary>
    public string? Mod { get; init; }
}
