using Docket.Core.Analysis.Time;
using Docket.Domain;
using Docket.Domain.Analysis;
using Docket.Domain.Time;

namespace Docket.Core.Evaluation.Timex;

/// <summary>
/// Runs the time-expression recognizer over TimeML documents, each anchored on its document
/// creation time, and scores it with <see cref="TimexScorer"/>.
/// </summary>
public static class TimexEvaluation
{
    /// <summary>Reads every .tml file of a folder (sorted by name); failures are returned beside the documents.</summary>
    public static (IReadOnlyList<TimeMLDocument> Documents, IReadOnlyList<Failure> Failures) ReadFolder(string folder, string pattern = "*.tml")
    {
        ArgumentNullException.ThrowIfNull(folder);
        var docs = new List<TimeMLDocument>();
        var failures = new List<Failure>();
        foreach (var file in Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var outcome = TimeMLDocument.Read(file);
            if (outcome.IsSuccess)
            {
                docs.Add(outcome.Value!);
            }
            else
            {
                failures.Add(outcome.Failure!);
            }
        }

        return (docs, failures);
    }

    /// <summary>The anchor a document's creation time gives ("2013-03-22", "1998-11-20T19:30").</summary>
    public static TimeAnchor AnchorOf(TimeMLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PartialDate.TryParse(document.CreationTime, out var d) ? TimeAnchor.On(d) : TimeAnchor.Unknown;
    }

    /// <summary>The recognizer's expressions for one document, as predictions.</summary>
    public static IReadOnlyList<TimexPrediction> Predict(TimeExpressionRecognizer recognizer, TimeMLDocument document)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(document);
        return [.. recognizer.Recognize(document.Text, AnchorOf(document)).Select(ToPrediction)];
    }

    public static TimexPrediction ToPrediction(TimeExpression t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TimexPrediction(t.Span, t.Surface, t.Type.ToString().ToUpperInvariant(), t.Value);
    }

    /// <summary>Scores the recognizer on the documents.</summary>
    public static TimexScore Score(TimeExpressionRecognizer recognizer, IReadOnlyList<TimeMLDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return TimexScorer.Score(documents.Select(d => (d, Predict(recognizer, d))));
    }
}
