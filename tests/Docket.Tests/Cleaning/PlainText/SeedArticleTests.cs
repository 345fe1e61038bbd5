using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Tests.Support;

namespace Docket.Tests.Cleaning.PlainText;

/// <summary>Seed 002 of ../shared (a scraped page saved as text) read from its raw file.</summary>
public sealed class SeedArticleTests
{
    [Fact]
    public async Task IngestingSeed002sRawTextGivesItsTitleOutletAndPublicationDate()
    {
        var path = SharedData.RequireDirectory("seeds/002_cb5397731a1b1038.txt");
        using var reader = new InputReader();
        var raws = new List<Docket.Domain.Articles.RawDocument>();
        await foreach (var o in reader.ReadAsync([path], TestContext.Current.CancellationToken))
        {
            raws.Add(o.Value!);
        }

        var result = new DocketPipelineBuilder().UseDefaults().Build().Process(Assert.Single(raws));
        Assert.True(result.IsSuccess);
        var article = result.Value!.Article;

        // The expected values are the annotators' (seed-002.json), read at run time: the raw
        // file is plain text without them.
        using var gold = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(SharedData.RequireDirectory("corpus/seeds/seed-002.json"), TestContext.Current.CancellationToken));
        Assert.Equal(gold.RootElement.GetProperty("title").GetString(), article.Metadata.Title);
        Assert.Equal(gold.RootElement.GetProperty("outlet").GetString(), article.Metadata.Outlet);
        Assert.Equal(gold.RootElement.GetProperty("published").GetString(), article.Metadata.PublishedDate.ToString());
        Assert.Equal("The Moscow Times", article.Metadata.Outlet);
        Assert.Equal("2024-11-17", article.Metadata.PublishedDate.ToString());
        Assert.EndsWith("– NYT", article.Metadata.Title, StringComparison.Ordinal);
        Assert.StartsWith("U.S. President Joe Biden", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("AFP contributed reporting.", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear readers", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00a0", article.Body, StringComparison.Ordinal);
        Assert.Equal(11, article.Paragraphs.Count);
    }

    [Fact]
    public async Task TheNoBreakSpaceInSeed002sBodyMapsBackToItsPlaceInTheText()
    {
        var path = SharedData.RequireDirectory("seeds/002_cb5397731a1b1038.txt");
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var raw = new Docket.Domain.Articles.RawDocument(path, text, Docket.Domain.Articles.DocumentFormat.PlainText, Docket.Domain.Articles.DocumentHints.None);
        var article = new DocketPipelineBuilder().UseDefaults().Build().Process(raw).Value!.Article;

        var at = article.Body.IndexOf("Vladimir Putin warning", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var span = article.BodyMap.ToSource(new Docket.Domain.Text.TextSpan(at, at + "Vladimir Putin warning".Length));
        Assert.Contains('\u00a0', span.Of(text));
        Assert.StartsWith("Vladimir Putin", span.Of(text), StringComparison.Ordinal);
        Assert.EndsWith("warning", span.Of(text), StringComparison.Ordinal);
    }
}
