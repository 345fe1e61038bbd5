using Docket.Core.Analysis.Time;
using Docket.Core.Evaluation.Timex;
using Docket.Domain.Text;
using Docket.Tests.Support;

namespace Docket.Tests.Analysis.Time;

public sealed class TempEvalPlatinumTests
{
    [Fact]
    public void ValueF1OnTheTempEval3PlatinumSetIsAtLeast078()
    {
        var dir = SharedData.RequireDirectory("benchmarks/tempeval3/te3-platinum");
        var (documents, failures) = TimexEvaluation.ReadFolder(dir);
        Assert.Empty(failures);
        Assert.Equal(20, documents.Count);
        Assert.Equal(138, documents.Sum(d => d.Timexes.Count));

        var score = TimexEvaluation.Score(new TimeExpressionRecognizer(), documents);

        Assert.True(score.ValueF1 >= 0.78, $"value F1 {score.ValueF1:F3} (strict {score.StrictF1:F3}, relaxed {score.RelaxedF1:F3})");
    }

    [Fact]
    public void GoldSpansMapTheInlineTimeMLOntoThePlainText()
    {
        var dir = SharedData.RequireDirectory("benchmarks/tempeval3/te3-platinum");
        var (documents, _) = TimexEvaluation.ReadFolder(dir);
        foreach (var doc in documents)
        {
            Assert.All(doc.Timexes, t => Assert.Equal(t.Surface, t.Span.Of(doc.Text)));
            Assert.DoesNotContain('<', doc.Text);
        }
    }

    [Fact]
    public void TheScorerCountsStrictRelaxedValueAndTypeMatches()
    {
        var gold = new TimeMLDocument("d", "2013-03-22", "It fell last week and on Friday.", [
            new GoldTimex(new TextSpan(8, 17), "last week", "DATE", "2013-W11", null),
            new GoldTimex(new TextSpan(25, 31), "Friday", "DATE", "2013-03-22", null),
        ]);
        IReadOnlyList<TimexPrediction> system = [
            new(new TextSpan(8, 17), "last week", "DATE", "2013-W11"),
            new(new TextSpan(22, 31), "on Friday", "TIME", "2013-03-15"),
            new(new TextSpan(0, 2), "It", "DATE", "PRESENT_REF"),
        ];

        var score = TimexScorer.Score([(gold, system)]);

        Assert.Equal(1.0 / 3, score.StrictPrecision, 3);
        Assert.Equal(0.5, score.StrictRecall, 3);
        Assert.Equal(2.0 / 3, score.RelaxedPrecision, 3);
        Assert.Equal(1.0, score.RelaxedRecall, 3);
        Assert.Equal(1.0 / 3, score.ValuePrecision, 3);
        Assert.Equal(0.5, score.ValueRecall, 3);
        Assert.Equal(0.5, score.TypeAccuracy, 3);
    }
}
