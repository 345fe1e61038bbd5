using System.Text.Json;
using Docket.Cli;
using Docket.Core.Decisions;
using Docket.Core.Evaluation;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Tests.Ingest;
using Docket.Tests.Support;

namespace Docket.Tests.Decisions;

public sealed class DecisionStagesTests
{
    private static readonly DateTimeOffset Noon = new(2023, 1, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheStagesRunAfterAnalysisAndTheirSpansPointIntoTheOriginalText()
    {
        const string text = "Docket Test Wire | World | 26 January 2023\n\nGermany will send Leopard tanks to Ukraine.  Ukrainian crews will need training on the tanks.";
        var pipeline = new DocketPipelineBuilder { Clock = new FixedClock(Noon) }
            .UseCleaning().UseSentences().Add(new GazetteerStage()).UseDecisionEvents().Build();
        Assert.True(pipeline.Process(new RawDocument("test", text, DocumentFormat.PlainText, DocumentHints.None)).TryGetValue(out var processed));
        var e = Assert.Single(processed.Analysis.Events);
        Assert.Equal("Germany will send Leopard tanks to Ukraine.", e.Evidence.Of(text));
        Assert.Equal("send", e.Trigger.Of(text));
        var p = Assert.Single(processed.Analysis.Prerequisites);
        Assert.Equal("training", p.Cue.Of(text));
        Assert.Equal(["decision-events", "prerequisites"], pipeline.Stages.Select(s => s.Name).Where(n => n is "decision-events" or "prerequisites"));
    }

    [Fact]
    public async Task EvalCorpusReportsEventsAndPrerequisitesAndWritesGoldShapedPredictions()
    {
        var corpus = Path.Combine(SharedData.RepositoryRoot, "tests", "Docket.Tests", "TestData", "Corpus");
        using var output = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await DocketCli.RunAsync(["eval", "corpus", corpus, "--json", "--out", output.Path], stdout, stderr);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout.ToString());
        var events = json.RootElement.GetProperty("events");
        foreach (var key in new[] { "precision", "recall", "f1", "date_agreement", "aspect_agreement", "certainty_agreement", "sources_agreement" })
        {
            Assert.Equal(JsonValueKind.Number, events.GetProperty(key).ValueKind);
        }

        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("prerequisites").GetProperty("f1").ValueKind);
        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "own-001.json")));
        foreach (var key in new[] { "body", "entities", "events", "prerequisites", "status" })
        {
            Assert.True(written.RootElement.TryGetProperty(key, out _), key);
        }
    }

    /// <summary>
    /// The targets of the event workstream, checked when the default pipeline has the analysis
    /// stages the extractor reads (entities above all); skipped on a build without them.
    /// </summary>
    [Theory]
    [InlineData("corpus/seeds", 0.90, 0.0)]
    [InlineData("corpus/dev", 0.80, 0.85)]
    public void EventScoresOnTheSharedCorporaMeetTheirTargets(string folder, double minF1, double minPrecision)
    {
        var path = SharedData.RequireDirectory(folder);
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        if (!pipeline.Stages.Any(s => s.Name == "entities"))
        {
            Assert.Skip("the default pipeline has no entity stage in this build; event scores need it");
        }

        var report = new CorpusEvaluation(pipeline).Evaluate(path);
        var events = report.Events!;
        Assert.True(events.F1 >= minF1, $"{folder}: events F1 {events.F1:0.000}");
        Assert.True(events.Precision >= minPrecision, $"{folder}: events precision {events.Precision:0.000}");
    }

    /// <summary>Marks the test gazetteer's names in the body, as the entity stage would.</summary>
    private sealed class GazetteerStage : IPipelineStage
    {
        public string Name => "test-gazetteer";

        public void Process(DocumentContext context)
        {
            var entities = new AnalysisBuilder(context.Body).Annotate().Build().Entities;
            context.Analysis = context.Analysis with { Entities = entities };
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
