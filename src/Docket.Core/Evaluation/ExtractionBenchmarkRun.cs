using Docket.Core.Cleaning.Html;

namespace Docket.Core.Evaluation;

/// <summary>
/// Docket's extractor run over every page of an <see cref="ExtractionBenchmark"/>: the text it
/// extracted per page (empty for a rejected page), the score, and the throughput of
/// extraction itself (parsing included; reading the files excluded), measured with the given
/// clock.
/// </summary>
public sealed record ExtractionBenchmarkRun(IReadOnlyDictionary<string, string> Texts, ExtractionScore Score, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed > TimeSpan.Zero ? Texts.Count / Elapsed.TotalSeconds : 0;

    public static ExtractionBenchmarkRun Execute(ExtractionBenchmark benchmark, HtmlArticleExtractor extractor, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(clock);
        var texts = new Dictionary<string, string>(benchmark.Pages.Count, StringComparer.Ordinal);
        var start = clock.GetTimestamp();
        foreach (var page in benchmark.Pages)
        {
            texts[page.Id] = extractor.Extract(page.Html).Body;
        }

        var elapsed = clock.GetElapsedTime(start);
        return new ExtractionBenchmarkRun(texts, benchmark.Score(texts), elapsed);
    }
}
