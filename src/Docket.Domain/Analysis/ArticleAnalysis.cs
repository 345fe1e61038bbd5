using Docket.Domain.Decisions;
using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>
/// Everything the language analysis found in one article. Stored spans are absolute offsets into
/// the article text as received. While the pipeline runs, analysis stages work on the cleaned
/// body and keep body offsets; the last stage maps them all with <see cref="MapSpans"/>.
/// </summary>
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

    public IReadOnlyList<DecisionEvent> Events { get; init; } = [];

    public IReadOnlyList<Prerequisite> Prerequisites { get; init; } = [];

    /// <summary>The same analysis with every span passed through <paramref name="map"/> (body
    /// offsets to original-text offsets). Surfaces and values are kept as they are.</summary>
    public ArticleAnalysis MapSpans(Func<TextSpan, TextSpan> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        TextSpan? MapOpt(TextSpan? s) => s is { } v ? map(v) : null;
        return this with
        {
            Sentences = [.. Sentences.Select(s => s with { Span = map(s.Span) })],
            Tokens = [.. Tokens.Select(t => t with { Span = map(t.Span) })],
            Entities = [.. Entities.Select(e => e.MapSpans(map))],
            Times = [.. Times.Select(t => t with { Span = map(t.Span) })],
            Quantities = [.. Quantities.Select(q => q with { Span = map(q.Span) })],
            Attributions = [.. Attributions.Select(a => a with
            {
                Cue = map(a.Cue),
                Content = map(a.Content),
                ContentParts = [.. a.ContentParts.Select(map)],
                Chain = [.. a.Chain.Select(c => c with { Span = MapOpt(c.Span) })],
            })],
            Modality = [.. Modality.Select(m => m with { Span = map(m.Span), Scope = map(m.Scope) })],
            Events = [.. Events.Select(e => e with { Evidence = map(e.Evidence), Trigger = map(e.Trigger) })],
            Prerequisites = [.. Prerequisites.Select(p => p with { Evidence = map(p.Evidence), Cue = map(p.Cue) })],
        };
    }
}
