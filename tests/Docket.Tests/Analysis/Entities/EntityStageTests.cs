using System.Text.Json;
using Docket.Core.Analysis.Entities;
using Docket.Core.Evaluation;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Tests.Support;

namespace Docket.Tests.Analysis.Entities;

public sealed class EntityStageTests
{
    private static readonly DocketPipeline Pipeline = new DocketPipelineBuilder().UseDefaults().Build();

    [Fact]
    public void TheDefaultPipelineRunsTheEntityStageAfterSentences()
    {
        var names = Pipeline.Stages.Select(s => s.Name).ToList();
        Assert.Contains("entities", names);
        Assert.True(names.IndexOf("sentences") < names.IndexOf("entities"));
    }

    [Fact]
    public void StoredMentionSpansPointIntoTheOriginalText()
    {
        const string text = "  Kyiv asked the Pentagon for ATACMS.\n\nJohn Kirby said he would reply.";
        var article = Pipeline.Process(new RawDocument("t", text, DocumentFormat.PlainText, DocumentHints.None)).Value!;
        Assert.NotEmpty(article.Analysis.Entities);
        Assert.All(article.Analysis.Entities, m => Assert.Equal(m.Surface, m.Span.Of(text)));
        var he = Assert.Single(article.Analysis.Entities, m => m.Surface == "he");
        Assert.Equal("John Kirby", he.Antecedent!.Value.Of(text));
    }

    [Fact]
    public void ThePublishedHintDatesTheOffices()
    {
        var hints = new DocumentHints { Published = "2024-11-17" };
        var article = Pipeline.Process(new RawDocument("t", "President Trump spoke.", DocumentFormat.PlainText, hints)).Value!;
        Assert.Equal("President-elect of the United States", Assert.Single(article.Analysis.Entities).Office);
    }

    [Fact]
    public void EntityF1OnTheSeedsIsAtLeastNinetyPercent()
    {
        var score = ScoreCorpus("corpus/seeds");
        Assert.True(score.Overall.F1 >= 0.9, Report("seeds", score));
    }

    [Fact]
    public void EntityF1OnTheDevSetStaysAboveItsFloor()
    {
        // Dev articles were used for error analysis; the floor guards against regressions, not a target.
        var score = ScoreCorpus("corpus/dev");
        Assert.True(score.Overall.F1 >= 0.85, Report("dev", score));
    }

    private static EntityScore ScoreCorpus(string relative)
    {
        var dir = SharedData.RequireDirectory(relative);
        var pairs = new List<(IReadOnlyList<ScoredEntity>, IReadOnlyList<ScoredEntity>)>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            var hints = new DocumentHints
            {
                Id = Str(root, "id"),
                Url = Str(root, "url"),
                Outlet = Str(root, "outlet"),
                Published = Str(root, "published"),
                Title = Str(root, "title"),
            };
            var processed = Pipeline.Process(new RawDocument(file, root.GetProperty("text").GetString()!, DocumentFormat.PlainText, hints));
            Assert.True(processed.IsSuccess, processed.Failure?.ToString());
            var gold = root.GetProperty("gold").GetProperty("entities").EnumerateArray()
                .Select(e => (Name: e.GetProperty("name").GetString()!, Ok: ScoredEntity.TryParseType(e.GetProperty("type").GetString(), out var t), Type: t))
                .Where(e => e.Ok)
                .Select(e => new ScoredEntity(e.Name, e.Type))
                .ToList();
            pairs.Add((EntityScoring.Predicted(processed.Value!.Analysis.Entities), gold));
        }

        return EntityScoring.Score(pairs);
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Report(string corpus, EntityScore score) =>
        $"{corpus}: {score.Overall}{Environment.NewLine}missed: {string.Join(", ", score.Missed.Select(m => $"{m.Document}:{m.Name}/{m.Type}"))}"
        + $"{Environment.NewLine}spurious: {string.Join(", ", score.Spurious.Select(m => $"{m.Document}:{m.Name}/{m.Type}"))}";
}
