namespace Docket.Core.Pipeline;

/// <summary>
/// The last stage of every pipeline: analysis stages work on the cleaned body and keep body
/// offsets; this maps every span of the analysis into the article text as received, so what is
/// stored is always absolute. <see cref="DocketPipelineBuilder.Build"/> adds it; nothing runs after it.
/// </summary>
public sealed class AnchorSpansStage : IPipelineStage
{
    public string Name => "anchor-spans";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Analysis = context.Analysis.MapSpans(context.ToSource);
    }
}
