using Docket.Core.Pipeline;

namespace Docket.Core.Decisions;

/// <summary>
/// Finds the article's decision events (<see cref="DecisionEventExtractor"/>) from the analysis
/// the earlier stages left: sentences, entities, time expressions, attributions and modality.
/// Works in body offsets like every analysis stage; <see cref="AnchorSpansStage"/> maps the
/// evidence and trigger spans to the original text at the end.
/// </summary>
public sealed class DecisionEventStage : IPipelineStage
{
    /// <summary>Key of the article view this stage leaves in the document context.</summary>
    internal const string ViewKey = "decisions.article-view";

    public string Name => "decision-events";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Metadata.Title ?? context.Raw.Hints.Title;
        if (context.Analysis.Tokens.Count == 0)
        {
            return;
        }

        // Indexed once here and shared with the prerequisite stage of the same document.
        var view = new ArticleView(context.Body, context.Analysis, title);
        context.Set(ViewKey, view);
        var events = DecisionEventExtractor.Default.Extract(view);
        context.Analysis = context.Analysis with { Events = events };
    }
}
