namespace Docket.Domain.Analysis;

/// <summary>Everything the language analysis found in one article; all spans in original text.</summary>
public sealed record ArticleAnalysis
{
    public static ArticleAnalysis Empty { get; } = new();

    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    public IReadOnlyList<Token> Tokens { get; init; } = [];

    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public IReadOnlyList<TimeExpression> Times { get; init; } = [];

    public IReadOnlyList<Quantity> Quantities { get; init; } = [];

    public IReadOnlyList<Attribution> Attributions { get; init; } = [];

    public IReadOnlyList<ModalityCue> Modality { get; init; } = [];
}
