using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>A quantity with its unit: "300 kilometers", "$400 million", "thousands of troops".</summary>
public sealed record Quantity(TextSpan Span, string Surface, decimal? Amount, string Unit, string Rule)
{
    /// <summary>True for vague amounts ("thousands of").</summary>
    public bool Approximate { get; init; }
}
