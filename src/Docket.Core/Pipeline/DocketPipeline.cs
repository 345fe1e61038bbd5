using System.Collections.Immutable;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Pipeline;

/// <summary>
/// The immutable, thread-safe sequence of stages that turns a <see cref="RawDocument"/> into a
/// <see cref="ProcessedArticle"/>. Built once by <see cref="DocketPipelineBuilder"/> and reused
/// for every document; it cannot be changed after it is built.
/// </summary>
public sealed class DocketPipeline
{
    internal DocketPipeline(ImmutableArray<IPipelineStage> stages, TimeProvider clock)
    {
        Stages = stages;
        Clock = clock;
    }

    public ImmutableArray<IPipelineStage> Stages { get; }

    public TimeProvider Clock { get; }

    /// <summary>Runs every stage on one document. Bad input gives a failure naming the input;
    /// a stage that throws is reported as a failure of that document, never of the batch.</summary>
    public Outcome<ProcessedArticle> Process(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var context = new DocumentContext(raw, Clock);
        foreach (var stage in Stages)
        {
            try
            {
                stage.Process(context);
            }
#pragma warning disable CA1031 // A broken stage must fail this document only, never the batch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return Outcome<ProcessedArticle>.Fail(raw.Input, $"stage '{stage.Name}' failed: {ex.GetType().Name}: {ex.Message}");
            }

            if (context.IsRejected)
            {
                return Outcome<ProcessedArticle>.Fail(raw.Input, context.RejectionReason!);
            }
        }

        var article = new Article
        {
            Id = context.ArticleId ?? ArticleIdentity.Compute(context.Body),
            Input = raw.Input,
            ExternalId = raw.Hints.Id,
            Format = raw.Format,
            Text = raw.Content,
            Body = context.Body,
            BodyMap = context.BodyMap,
            Metadata = context.Metadata,
            Paragraphs = context.Paragraphs,
        };
        return Outcome<ProcessedArticle>.Success(new ProcessedArticle(article, context.Analysis, context.Diagnostics));
    }
}
