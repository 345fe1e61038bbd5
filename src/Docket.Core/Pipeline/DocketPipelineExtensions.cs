using Docket.Core.Analysis.Attribution;
using Docket.Core.Analysis.Entities;
using Docket.Core.Analysis.Modality;
using Docket.Core.Analysis.Quantities;
using Docket.Core.Analysis.Text;
using Docket.Core.Analysis.Time;
using Docket.Core.Cleaning;
using Docket.Core.Cleaning.Html;
using Docket.Core.Cleaning.PlainText;
using Docket.Core.Cleaning.Unicode;
using Docket.Core.Decisions;

namespace Docket.Core.Pipeline;

/// <summary>
/// The <c>UseXxx()</c> switches that add features to a pipeline. Order matters and is defined by
/// <see cref="UseDefaults"/>: cleaning, then sentences, then the analysis steps that read them.
/// </summary>
public static class DocketPipelineExtensions
{
    /// <summary>Cleaning: HTML main text, plain-text boilerplate, Unicode, metadata, identity.</summary>
    public static DocketPipelineBuilder UseCleaning(this DocketPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Add(new HtmlExtractionStage())
            .Add(new PlainTextCleaningStage())
            .Add(new UnicodeCleanupStage())
            .Add(new IdentityStage());
    }

    /// <summary>Tokens and sentences: every analysis step reads them.</summary>
    public static DocketPipelineBuilder UseSentences(this DocketPipelineBuilder builder) => Add(builder, new SentenceStage());

    /// <summary>Time expressions (TIMEX3-style), resolved against the publication date, estimated when missing.</summary>
    public static DocketPipelineBuilder UseTimeExpressions(this DocketPipelineBuilder builder) => Add(builder, new TimeExpressionStage());

    /// <summary>Quantities with units: distances, money, counts of troops and equipment, percentages.</summary>
    public static DocketPipelineBuilder UseQuantities(this DocketPipelineBuilder builder) => Add(builder, new QuantityStage());

    /// <summary>Named entities: gazetteer, patterns and mention resolution (after sentences and time,
    /// which may estimate the publication date that dated offices are looked up on).</summary>
    public static DocketPipelineBuilder UseEntities(this DocketPipelineBuilder builder) => Add(builder, new EntityStage());

    /// <summary>Modality: negation, hedging and future cues with the clauses they govern.</summary>
    public static DocketPipelineBuilder UseModality(this DocketPipelineBuilder builder) => Add(builder, new ModalityStage());

    /// <summary>Attribution: who said what, through whom (after entities, which name the sources).</summary>
    public static DocketPipelineBuilder UseAttribution(this DocketPipelineBuilder builder) => Add(builder, new AttributionStage());

    /// <summary>Decisions: events and support-chain prerequisites, after every analysis stage.</summary>
    public static DocketPipelineBuilder UseDecisionEvents(this DocketPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new DecisionEventStage()).Add(new PrerequisiteStage());
    }

    /// <summary>Everything Docket does by default, in order: cleaning, then analysis, then decisions.</summary>
    public static DocketPipelineBuilder UseDefaults(this DocketPipelineBuilder builder) =>
        builder.UseCleaning()
            .UseSentences()
            .UseTimeExpressions()
            .UseQuantities()
            .UseEntities()
            .UseModality()
            .UseAttribution()
            .UseDecisionEvents();

    private static DocketPipelineBuilder Add(DocketPipelineBuilder builder, IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(stage);
    }
}
