using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;
using Docket.Tests.Support;

namespace Docket.Tests.Cleaning.Html;

public sealed class ExtractionBenchmarkTests
{
    [Fact]
    public void DocketScoresAtLeastPointNineFiveF1OnTheArticleExtractionBenchmark()
    {
        var dir = SharedData.RequireDirectory("benchmarks/article-extraction-benchmark");
        var benchmark = ExtractionBenchmark.Load(dir).Value!;
        var run = ExtractionBenchmarkRun.Execute(benchmark, new HtmlArticleExtractor(), TimeProvider.System);
        Assert.Equal(181, run.Score.Documents);
        Assert.True(run.Score.F1 >= 0.95, $"F1 {run.Score.F1:0.000} (P {run.Score.Precision:0.000}, R {run.Score.Recall:0.000})");
    }
}
