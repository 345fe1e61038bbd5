using Docket.Core.Pipeline;

namespace Docket.Core.Decisions;

/// <summary>
/// Finds the support-chain prerequisites the article names (<see cref="PrerequisiteExtractor"/>).
/// Runs after <see cref="DecisionEventStage"/>, whose events give recipients, providers and
/// reports of support given. Body offsets, like every analysis stage.
/// </summary>
public sealed class PrerequisiteStage : IPipelineStage
{
    public string Name => "prerequisites";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var title = context.Metadata.Title ?? context.Raw.Hints.Title;
        var view = context.Get<ArticleView>(DecisionEventStage.ViewKey);
        var prerequisites = view is not null && ReferenceEquals(view.Analysis.Tokens, context.Analysis.Tokens)
            ? PrerequisiteExtractor.Default.Extract(view, context.Analysis.Events)
            : PrerequisiteExtractor.Default.Extract(context.Body, context.Analysis, title);
        context.Analysis = context.Analysis with { Prerequisites = prerequisites };
    }
}
