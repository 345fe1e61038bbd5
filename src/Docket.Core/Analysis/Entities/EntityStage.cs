using Docket.Core.Analysis.Text;
using Docket.Core.Pipeline;
using Docket.Domain.Time;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Finds the entity mentions of the cleaned body (<see cref="EntityRecognizer"/>) and stores them in
/// <c>context.Analysis.Entities</c>, in body offsets like every analysis stage (the last stage anchors them).
/// Offices and acts_for are read on the publication date: <c>context.Metadata.PublishedDate</c> (its last day
/// when only a month or year is known), else the container's published hint, else none (each person's latest
/// office). Uses the tokens and sentences of <see cref="SentenceStage"/> when it ran before.
/// </summary>
public sealed class EntityStage : IPipelineStage
{
    private readonly EntityRecognizer _recognizer;

    public EntityStage()
        : this(EntityRecognizer.Default)
    {
    }

    public EntityStage(EntityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    public string Name => "entities";

    public void Process(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = context.Body;
        var tokens = context.Analysis.Tokens;
        var sentences = context.Analysis.Sentences;
        if (tokens.Count == 0 && body.Length > 0)
        {
            tokens = Tokenizer.Tokenize(body);
            sentences = SentenceSplitter.Split(body, tokens);
        }

        var mentions = _recognizer.Recognize(body, tokens, sentences, AnchorDate(context));
        context.Analysis = context.Analysis with { Entities = mentions };
    }

    /// <summary>The date offices are read on, or null when the article's date is unknown.</summary>
    public static DateOnly? AnchorDate(DocumentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.PublishedDate is { } published)
        {
            return published.Latest;
        }

        if (context.Metadata.Published is { } time)
        {
            return DateOnly.FromDateTime(time.UtcDateTime);
        }

        return PartialDate.TryParse(context.Raw.Hints.Published, out var hinted) ? hinted.Latest : null;
    }
}
