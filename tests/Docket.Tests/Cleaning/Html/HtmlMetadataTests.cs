using Docket.Core.Cleaning.Html;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Time;

namespace Docket.Tests.Cleaning.Html;

public sealed class HtmlMetadataTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private static string Page(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Html", name));

    [Fact]
    public void OpenGraphAndArticleTagsGiveEveryField()
    {
        var m = Extractor.Extract(Page("opengraph-article.html")).Metadata;
        Assert.Equal("Germany weighs Taurus request from Kyiv", m.Title);
        Assert.Equal("The Example Ledger", m.Outlet);
        Assert.Equal(new DateTimeOffset(2024, 5, 28, 9, 15, 0, TimeSpan.FromHours(2)), m.Published);
        Assert.Equal(new PartialDate(2024, 5, 28), m.PublishedDate);
        Assert.Equal(new DateTimeOffset(2024, 5, 29, 10, 0, 0, TimeSpan.Zero), m.Updated);
        Assert.Equal("Jana Novak", m.Byline);
        Assert.Equal("en", m.Language);
        Assert.Equal("https://ledger.example/world/taurus-request", m.CanonicalUrl);
    }

    [Fact]
    public void TheArticleKeepsItsParagraphsSubheadingAndListButNotTheFurniture()
    {
        var x = Extractor.Extract(Page("opengraph-article.html"));
        var lines = x.Body.Split('\n');
        Assert.StartsWith("The chancellery in Berlin has not yet answered", lines[0], StringComparison.Ordinal);
        Assert.Contains("What the coalition partners say", lines);
        Assert.Contains("The Greens want the missiles delivered this year.", lines);
        Assert.StartsWith("A final answer is not expected", lines[^1], StringComparison.Ordinal);
        Assert.Contains("“remains under careful review”", x.Body, StringComparison.Ordinal);
        foreach (var furniture in new[] { "Share on", "Related stories", "All rights reserved", "Opinion", "Germany weighs" })
        {
            Assert.DoesNotContain(furniture, x.Body, StringComparison.Ordinal);
        }

        Assert.Null(SourceOffsetCheck.Verify(Page("opengraph-article.html"), x));
    }

    [Fact]
    public void JsonLdGraphGivesHeadlineAuthorsPublisherByReferenceAndLanguage()
    {
        var x = Extractor.Extract(Page("jsonld-graph.html"));
        var m = x.Metadata;
        Assert.Equal("Parliament approves winter aid package", m.Title);
        Assert.Equal("Harbor Daily", m.Outlet);
        Assert.Null(m.Published);
        Assert.Equal(new PartialDate(2024, 3, 2), m.PublishedDate);
        Assert.Equal(new DateTimeOffset(2024, 3, 3, 8, 30, 0, TimeSpan.FromHours(1)), m.Updated);
        Assert.Equal("Lena Brandt, Tomas Weber", m.Byline);
        Assert.Equal("de", m.Language);
        Assert.Equal("https://harbor.example/news/winter-aid", m.CanonicalUrl);
        Assert.DoesNotContain("Reader one", x.Body, StringComparison.Ordinal);
        Assert.Equal(3, x.Paragraphs.Count);
    }

    [Fact]
    public void APlainHeadFallsBackToTitleApplicationNameTimeElementAndByLine()
    {
        var x = Extractor.Extract(Page("plain-head.html"));
        var m = x.Metadata;
        Assert.Equal("Senate delays vote on aid package", m.Title);
        Assert.Equal("Riverside Post", m.Outlet);
        Assert.Equal(new PartialDate(2023, 11, 7), m.PublishedDate);
        Assert.Equal("Marie Dubois", m.Byline);
        Assert.Equal("fr", m.Language);
        Assert.Null(m.CanonicalUrl);
        Assert.StartsWith("The Senate postponed its vote", x.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact", x.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<title>Aid talks stall again | Example Wire</title>", null, "Aid talks stall again")]
    [InlineData("<title>Aid talks stall again - Example Wire</title>", null, "Aid talks stall again")]
    [InlineData("<title>Example Wire | Aid talks stall again</title><meta property=\"og:site_name\" content=\"Example Wire\">", "Example Wire", "Aid talks stall again")]
    [InlineData("<meta property=\"og:title\" content=\"Aid talks stall - a long night in Brussels\">", null, "Aid talks stall - a long night in Brussels")]
    public void ASiteNameIsCutFromTheTitle(string head, string? outlet, string title)
    {
        var m = Extractor.Extract($"<html><head>{head}</head><body><p>{Paragraph}</p></body></html>").Metadata;
        Assert.Equal(title, m.Title);
        Assert.Equal(outlet, m.Outlet);
    }

    [Theory]
    [InlineData("2024-05-28T09:15:00Z", "2024-05-28", true)]
    [InlineData("2024-05-28", "2024-05-28", false)]
    [InlineData("Tue, 28 May 2024 09:15:00 GMT", "2024-05-28", true)]
    [InlineData("2024-05-28T09:15:00.000+0000", "2024-05-28", true)]
    [InlineData("yesterday", null, false)]
    public void PageDatesParseToADayAndAnInstantWhenATimeIsGiven(string value, string? day, bool hasInstant)
    {
        var (instant, date) = HtmlMetadataReader.Date(value);
        Assert.Equal(day, date?.ToString());
        Assert.Equal(hasInstant, instant is not null);
    }

    [Fact]
    public void ContainerHintsWinOverWhatThePageSays()
    {
        var raw = new RawDocument("gold/0042.json", Page("opengraph-article.html"), DocumentFormat.Html, new DocumentHints
        {
            Title = "Berlin still undecided on Taurus",
            Outlet = "Ledger Weekly",
            Published = "2024-05-30",
            Url = "https://mirror.example/taurus",
        });
        var result = new DocketPipelineBuilder().UseCleaning().Build().Process(raw);
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        var m = result.Value!.Article.Metadata;
        Assert.Equal("Berlin still undecided on Taurus", m.Title);
        Assert.Equal("Ledger Weekly", m.Outlet);
        Assert.Equal(new PartialDate(2024, 5, 30), m.PublishedDate);
        Assert.Null(m.Published);
        Assert.Equal("https://mirror.example/taurus", m.Url);
        Assert.Equal("Jana Novak", m.Byline);
        Assert.Equal("https://ledger.example/world/taurus-request", m.CanonicalUrl);
    }

    [Fact]
    public void ThePipelineStoresTheBodyWithParagraphSpansIntoTheHtml()
    {
        var html = Page("jsonld-graph.html");
        var result = new DocketPipelineBuilder().UseCleaning().Build().Process(new RawDocument("page.html", html, DocumentFormat.Html, DocumentHints.None));
        var article = result.Value!.Article;
        Assert.Equal(html, article.Text);
        Assert.Equal(3, article.Paragraphs.Count);
        var first = article.Body.Split('\n')[0];
        Assert.Equal(first, article.Paragraphs[0].Of(html));
        Assert.Equal(article.Paragraphs[0], article.BodyMap.ToSource(new Docket.Domain.Text.TextSpan(0, first.Length)));
    }

    [Fact]
    public void PlainTextPassesThroughTheStageUntouched()
    {
        const string text = "Plain text: nothing to extract & nothing to decode.";
        var result = new DocketPipelineBuilder().UseCleaning().Build().Process(new RawDocument("a.txt", text, DocumentFormat.PlainText, DocumentHints.None));
        Assert.Equal(text, result.Value!.Article.Body);
    }

    private const string Paragraph = "Negotiators met for a third day without agreement on the size of the package, and officials said talks would resume on Monday morning.";
}
