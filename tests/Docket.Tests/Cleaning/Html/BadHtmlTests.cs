using System.Diagnostics;
using System.Text;
using Docket.Core.Cleaning.Html;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;

namespace Docket.Tests.Cleaning.Html;

public sealed class BadHtmlTests
{
    private const string Paragraph = "The ministry confirmed on Friday that the first batch of armoured vehicles had arrived, two weeks later than promised, and that training would begin at once.";

    private static readonly HtmlArticleExtractor Extractor = new();

    private static Docket.Domain.Outcome<ProcessedArticle> Process(string html) =>
        new DocketPipelineBuilder().UseCleaning().Build().Process(new RawDocument("page.html", html, DocumentFormat.Html, DocumentHints.None));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \r\n\t ", "empty")]
    [InlineData("<html><head><title>x</title></head><body></body></html>", "no article text")]
    [InlineData("<body><nav><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Sport</a></nav><footer><a href=/d>Terms</a></footer></body>", "no article text")]
    public void PagesWithoutArticleTextAreRejectedWithAReason(string html, string reason)
    {
        var result = Process(html);
        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("html-extraction", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryJunkIsRejectedAsNotHtml()
    {
        var random = new Random(7);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        foreach (var text in new[] { Encoding.Latin1.GetString(bytes), Encoding.UTF8.GetString(bytes) })
        {
            var result = Process(text);
            Assert.False(result.IsSuccess);
            Assert.Contains("binary", result.Failure!.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic</p><div><p>{0}</div></span></html></body>")]
    [InlineData("<p>{0}<p>{0}<table><tr><td>{0}<td>cell</table>stray text after a table")]
    [InlineData("<<<>>>&&&;; <p>{0} a < b && c > d &# &#x; &unknown; </p></p></p><!-- unclosed comment")]
    [InlineData("<div class=\"x\"><p title='a > b'>{0}</p><p>{0}<svg><text>vector</text><p>inside svg</svg></div><frameset>")]
    [InlineData("\0\0<p>{0}\0 nul\0 bytes</p>")]
    public void BrokenHtmlStillGivesTheArticleWithExactOffsets(string template)
    {
        var html = template.Replace("{0}", Paragraph, StringComparison.Ordinal);
        var x = Extractor.Extract(html);
        Assert.True(x.IsSuccess, x.Rejection);
        Assert.Contains("armoured vehicles", x.Body, StringComparison.Ordinal);
        Assert.Null(SourceOffsetCheck.Verify(html, x));
        Assert.Null(SourceOffsetCheck.Verify(html, Extractor.Extract(html, keepEveryBlock: true)));
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("blockquote")]
    [InlineData("b")]
    public void TenThousandLevelsOfNestingAreRefusedQuicklyWithoutCrashing(string tag)
    {
        var html = Nest(tag, 10_000);
        var watch = Stopwatch.StartNew();
        var result = Process(html);
        Assert.False(result.IsSuccess);
        Assert.Contains("nests elements", result.Failure!.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void FifteenHundredLevelsOfNestingStillGiveTheArticle()
    {
        // Beyond the parser's own limit of 512 levels, so every walk runs at the deepest
        // tree the parser builds; none of them may recurse.
        var html = Nest("div", 1_500);
        var result = Process(html);
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Contains("armoured vehicles", result.Value!.Article.Body, StringComparison.Ordinal);
        Assert.Null(SourceOffsetCheck.Verify(html, Extractor.Extract(html)));
    }

    [Fact]
    public void ManyUnclosedParagraphsAreNotMistakenForDeepNesting()
    {
        var sb = new StringBuilder("<body>");
        for (var i = 0; i < 6_000; i++)
        {
            sb.Append("<p>").Append(Paragraph).Append("<li>item");
        }

        var x = Extractor.Extract(sb.ToString());
        Assert.True(x.IsSuccess, x.Rejection);
    }

    private static string Nest(string tag, int depth)
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append('<').Append(tag).Append('>');
        }

        sb.Append("<p>").Append(Paragraph).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("</").Append(tag).Append('>');
        }

        return sb.Append("</body></html>").ToString();
    }
}
