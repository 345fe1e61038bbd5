using Docket.Core.Pipeline;

namespace Docket.Core.Analysis.Modality;

/// <summary>Finds negation, hedging and future cues (<see cref="ModalityExtractor"/>) in the cleaned body, on the sentence stage's tokens and sentences.</summary>
public sealed class ModalityStage : IPipelineStage
{
    public string Name => "modality";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var analysis = context.Analysis;
        var tokens = analysis.Tokens.Count > 0 || context.Body.Length == 0 ? analysis.Tokens : Text.Tokenizer.Tokenize(context.Body);
        var sentences = analysis.Sentences.Count > 0 || tokens.Count == 0 ? analysis.Sentences : Text.SentenceSplitter.Split(context.Body, tokens);
        context.Analysis = analysis with { Modality = ModalityExtractor.Extract(context.Body, tokens, sentences) };
    }
}
