using Docket.Core.Pipeline;

namespace Docket.Core.Analysis.Text;

/// <summary>Tokenizes the cleaned body and splits it into sentences (body offsets, like every
/// analysis stage; <see cref="AnchorSpansStage"/> maps them to the original text at the end).</summary>
public sealed class SentenceStage : IPipelineStage
{
    public string Name => "sentences";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = Tokenizer.Tokenize(context.Body);
        var sentences = SentenceSplitter.Split(context.Body, tokens);
        context.Analysis = context.Analysis with { Tokens = tokens, Sentences = sentences };
    }
}
