using Docket.Core.Pipeline;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Finds who says what (<see cref="AttributionExtractor"/>) in the cleaned body, using the tokens
/// and sentences of the sentence stage and the entity mentions when an entity stage ran before
/// it. Spans are body offsets, mapped to the original text by the final anchoring stage.
/// </summary>
public sealed class AttributionStage : IPipelineStage
{
    public string Name => "attribution";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        var tokens = analysis.Tokens.Count > 0 || context.Body.Length == 0 ? analysis.Tokens : Text.Tokenizer.Tokenize(context.Body);
        var sentences = analysis.Sentences.Count > 0 || tokens.Count == 0 ? analysis.Sentences : Text.SentenceSplitter.Split(context.Body, tokens);
        var found = AttributionExtractor.Extract(context.Body, tokens, sentences, analysis.Entities);
        context.Analysis = analysis with { Attributions = found };
    }
}
