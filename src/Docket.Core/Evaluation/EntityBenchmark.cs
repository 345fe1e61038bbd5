using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Core.Evaluation;

/// <summary>What one tool scored on one span benchmark, and how fast it went.</summary>
public sealed record EntityBenchmarkResult(string Tool, int Documents, SpanScore Score, double Seconds)
{
    public double DocumentsPerSecond => Seconds > 0 ? Documents / Seconds : 0;
}

/// <summary>
/// Runs Docket's <see cref="EntityRecognizer"/> on span benchmarks (<see cref="NerCorpusReader"/>) and scores
/// it with <see cref="SpanScoring"/>. Only names count: demonyms and references are not the spans these
/// benchmarks tag (CoNLL tags "German" MISC, re3d has its own Nationality type). CoNLL has no SYSTEM type, so
/// system mentions are left out there. Documents are read with no date.
/// </summary>
public static class EntityBenchmark
{
    /// <summary>The types a format scores.</summary>
    public static IReadOnlyCollection<EntityType> Types(NerFormat format) => format == NerFormat.Re3d
        ? [EntityType.Person, EntityType.Org, EntityType.Gpe, EntityType.System]
        : [EntityType.Person, EntityType.Org, EntityType.Gpe];

    /// <summary>Docket's predicted spans for one document.</summary>
    public static IReadOnlyList<NerSpan> Predict(EntityRecognizer recognizer, NerDocument document, NerFormat format)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(document);
        var types = Types(format);
        return [.. recognizer.Recognize(document.Text)
            .Where(m => m.Kind == MentionKind.Name && types.Contains(m.Type))
            .Select(m => new NerSpan(m.Span, m.Type))];
    }

    /// <summary>Recognizes every document, timing the recognition only, and scores the result.</summary>
    public static EntityBenchmarkResult Run(IReadOnlyList<NerDocument> documents, NerFormat format, TimeProvider clock, EntityRecognizer? recognizer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(clock);
        var r = recognizer ?? EntityRecognizer.Default;
        var predictions = new List<IReadOnlyList<NerSpan>>(documents.Count);
        var started = clock.GetTimestamp();
        foreach (var doc in documents)
        {
            predictions.Add(Predict(r, doc, format));
        }

        var seconds = clock.GetElapsedTime(started).TotalSeconds;
        var score = SpanScoring.Score(documents.Select((d, i) => (predictions[i], d)), Types(format));
        return new EntityBenchmarkResult("docket", documents.Count, score, seconds);
    }
}
