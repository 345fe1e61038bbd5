using Docket.Core.Evaluation;
using Docket.Tests.Support;

namespace Docket.Tests.Evaluation;

public sealed class ShingleMatchingTests
{
    [Theory]
    [InlineData("Kyiv's F-16s, (2024)", "Kyiv|s|F|16s|2024")]
    [InlineData("snake_case stays one_token", "snake_case|stays|one_token")]
    [InlineData("Привет, мир — 東京 ①", "Привет|мир|東京|①")]
    [InlineData("café naïve", "café|naïve")]
    [InlineData("", "")]
    public void TokensAreRunsOfLettersNumbersAndUnderscores(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', ShingleMatching.Tokenize(text)));
    }

    [Fact]
    public void CombiningMarksSplitTokensAsInPython()
    {
        // "é" written as e + U+0301: Python's \w does not match the combining mark.
        Assert.Equal(["cafe", "x"], ShingleMatching.Tokenize("cafe\u0301x"));
    }

    [Fact]
    public void IdenticalTextsScoreOneAndMatchExactly()
    {
        var s = ShingleMatching.Score("one two three four five", "One two three four five".ToLowerInvariant());
        Assert.Equal(1, s.Precision);
        Assert.Equal(1, s.Recall);
        Assert.True(s.ExactMatch);
    }

    [Fact]
    public void CountsAreNormalisedToSumToOne()
    {
        // Gold has 3 shingles; the prediction shares the first 2 and adds 1 of its own.
        var s = ShingleMatching.Score("a b c d e f", "a b c d e x");
        Assert.Equal(2.0 / 4, s.TruePositive, 6);
        Assert.Equal(1.0 / 4, s.FalsePositive, 6);
        Assert.Equal(1.0 / 4, s.FalseNegative, 6);
        Assert.Equal(2.0 / 3, s.Precision!.Value, 6);
        Assert.False(s.ExactMatch);
    }

    [Fact]
    public void AnEmptyPredictionHasNoPrecisionAndZeroRecall()
    {
        var s = ShingleMatching.Score("a b c d e", "  ");
        Assert.Null(s.Precision);
        Assert.Equal(0, s.Recall);
    }

    [Fact]
    public void ShortTextsAreOneShingle()
    {
        Assert.Single(ShingleMatching.Shingles(["a", "b"]));
        Assert.Empty(ShingleMatching.Shingles([]));
    }

    [Fact]
    public void TheScorerReproducesThePublishedScoresOfThePeerOutputs()
    {
        var dir = SharedData.RequireDirectory("benchmarks/article-extraction-benchmark");
        var benchmark = ExtractionBenchmark.Load(dir).Value!;
        var peers = benchmark.LoadPeerPredictions().Value!.ToDictionary(p => p.Tool);

        // Published (F1, precision, recall) from the benchmark's README.
        var published = new Dictionary<string, (double F1, double P, double R)>
        {
            ["readability_js"] = (0.947, 0.914, 0.982),
            ["trafilatura"] = (0.958, 0.938, 0.978),
            ["justext"] = (0.804, 0.858, 0.756),
            ["goose3"] = (0.896, 0.940, 0.856),
        };
        foreach (var (tool, (f1, p, r)) in published)
        {
            var s = benchmark.Score(peers[tool].Texts);
            Assert.True(Math.Abs(s.F1 - f1) < 0.006, $"{tool}: F1 {s.F1:0.000}, published {f1}");
            Assert.True(Math.Abs(s.Precision - p) < 0.006, $"{tool}: P {s.Precision:0.000}, published {p}");
            Assert.True(Math.Abs(s.Recall - r) < 0.006, $"{tool}: R {s.Recall:0.000}, published {r}");
        }
    }

    [Fact]
    public void AMissingBenchmarkFolderIsAFailureNamingIt()
    {
        var result = ExtractionBenchmark.Load("/no/such/benchmark");
        Assert.False(result.IsSuccess);
        Assert.Contains("no such folder", result.Failure!.Reason, StringComparison.Ordinal);
    }
}
