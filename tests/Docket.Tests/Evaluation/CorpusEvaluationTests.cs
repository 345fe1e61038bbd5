using System.Text.Json;
using Docket.Cli;
using Docket.Core.Evaluation;
using Docket.Tests.Ingest;
using Docket.Tests.Support;

namespace Docket.Tests.Evaluation;

public sealed class CorpusEvaluationTests
{
    [Fact]
    public void TokensAreRunsOfWordCharactersCountedWithRepeats()
    {
        var bag = CorpusTokenBag.Of("U.S. aid, U.S. arms -- and $2bn.");
        Assert.Equal(8, bag.Total); // U S aid U S arms and 2bn
        Assert.Equal(4, bag.Overlap(CorpusTokenBag.Of("U U S aid")));
    }

    [Fact]
    public void BodyScoreIsTokenPrecisionRecallAndF1()
    {
        var score = CorpusEvaluation.ScoreBody("alpha beta gamma delta", "alpha beta gamma epsilon zeta");
        Assert.Equal(new CorpusScore(3, 4, 5), score);
        Assert.Equal(0.75, score.Precision, 6);
        Assert.Equal(0.6, score.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 6);
    }

    [Fact]
    public void TheCorpusScoreIsMicroAveragedOverDocuments()
    {
        using var dir = new TempFolder();
        dir.Write("a.json", Gold("a", "One two three four.", "One two three four."));
        dir.Write("b.json", Gold("b", "Five six.\n\nShare", "Five six seven eight nine ten eleven twelve."));
        var report = new CorpusEvaluation().Evaluate(dir.Path);
        Assert.Equal(2, report.Documents);

        // Matched 4 + 2 of predicted 4 + 2 and gold 4 + 8: micro recall 6/12, not the mean of 1 and 0.25.
        Assert.Equal(new CorpusScore(6, 6, 12), report.Body);
        Assert.Equal(0.5, report.Body.Recall, 6);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public void AnUnreadableGoldFileIsAFailureAndTheOthersAreScored()
    {
        using var dir = new TempFolder();
        dir.Write("good.json", Gold("good", "Some text here.", "Some text here."));
        var bad = dir.Write("bad.json", "{ not json");
        var report = new CorpusEvaluation().Evaluate(dir.Path);
        Assert.Equal(1, report.Documents);
        Assert.Equal(bad, Assert.Single(report.Failures).Input);
    }

    [Fact]
    public void EachSeedsBodyMatchesItsGoldBodyWithTokenF1OfAtLeast098()
    {
        var seeds = SharedData.RequireDirectory("corpus/seeds");
        var report = new CorpusEvaluation().Evaluate(seeds);
        Assert.Equal(3, report.Documents);
        Assert.All(report.PerDocument, d => Assert.True(d.Body.F1 >= 0.98, $"{d.Id}: body F1 {d.Body.F1:0.000}"));
    }

    [Fact]
    public void TheDevSetBodyF1StaysAbove095()
    {
        var dev = SharedData.RequireDirectory("corpus/dev");
        var report = new CorpusEvaluation().Evaluate(dev);
        Assert.Equal(14, report.Documents);
        Assert.True(report.Body.F1 >= 0.95, $"dev body F1 {report.Body.F1:0.0000}");
    }

    [Fact]
    public async Task TheCliPrintsDocumentsAndBodyScoresAsJson()
    {
        using var dir = new TempFolder();
        dir.Write("a.json", Gold("a", "Headline Of The Test Story\n\nBody words here.", "Body words here."));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DocketCli.RunAsync(["eval", "corpus", dir.Path, "--json"], stdout, stderr);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        var body = json.RootElement.GetProperty("body");
        Assert.Equal(1.0, body.GetProperty("precision").GetDouble());
        Assert.Equal(1.0, body.GetProperty("recall").GetDouble());
        Assert.Equal(1.0, body.GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task TheCliRejectsAMissingFolderAsAUsageError()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DocketCli.RunAsync(["eval", "corpus", "/no/such/folder/anywhere"], stdout, stderr);
        Assert.Equal(2, code);
        Assert.Contains("no such folder", stderr.ToString(), StringComparison.Ordinal);
    }

    private static string Gold(string id, string text, string body) =>
        JsonSerializer.Serialize(new { id, url = (string?)null, outlet = (string?)null, published = (string?)null, title = (string?)null, text, html = (string?)null, gold = new { body } });
}
