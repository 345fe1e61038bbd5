using Docket.Core.Pipeline;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// Pipeline stage "time-expressions": finds the time expressions of the cleaned body, resolved
/// against the publication date. An article without one first gets an estimated publication date
/// (<see cref="PublicationDateEstimator"/>, marked <c>PublishedEstimated</c>). Results keep body
/// offsets; the final anchoring stage maps them to the original text.
/// </summary>
public sealed class TimeExpressionStage : IPipelineStage
{
    private readonly TimeExpressionRecognizer _recognizer;
    private readonly PublicationDateEstimator _estimator;

    public TimeExpressionStage()
        : this(new TimeExpressionRecognizer())
    {
    }

    public TimeExpressionStage(TimeExpressionRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
        _estimator = new PublicationDateEstimator(recognizer);
    }

    public string Name => "time-expressions";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.Published is null && context.Metadata.PublishedDate is null
            && _estimator.Estimate(context.Body) is { } estimate)
        {
            context.Metadata = context.Metadata with { PublishedDate = estimate.Date, PublishedEstimated = true };
            context.AddDiagnostic($"{Name}: no publication date; estimated {estimate.Date} from \"{estimate.Evidence.Surface}\" (the latest date the text states)");
        }

        var anchor = TimeAnchor.From(context.Metadata);
        context.Analysis = context.Analysis with { Times = _recognizer.Recognize(context.Body, anchor) };
    }
}
