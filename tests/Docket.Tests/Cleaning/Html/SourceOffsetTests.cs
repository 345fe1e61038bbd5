using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;
using Docket.Domain.Text;
using Docket.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Cleaning.Html;

public sealed class SourceOffsetTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Fact]
    public void AnEntityInTheBodyMapsToTheWholeReferenceInTheSource()
    {
        const string html = "<html><body><article><p>Guns &amp; butter: the Pentagon&#8217;s budget rose again this year, officials said.</p></article></body></html>";
        var x = Extractor.Extract(html, keepEveryBlock: true);
        Assert.Equal("Guns & butter: the Pentagon’s budget rose again this year, officials said.", x.Body);
        var amp = x.Body.IndexOf('&', StringComparison.Ordinal);
        Assert.Equal("&amp;", x.BodyMap.ToSource(TextSpan.FromLength(amp, 1)).Of(html));
        var apostrophe = x.Body.IndexOf('’', StringComparison.Ordinal);
        Assert.Equal("&#8217;", x.BodyMap.ToSource(TextSpan.FromLength(apostrophe, 1)).Of(html));
        Assert.Equal("budget", x.BodyMap.ToSource(TextSpan.FromLength(x.Body.IndexOf("budget", StringComparison.Ordinal), 6)).Of(html));
    }

    [Fact]
    public void WhitespaceRunsCollapseToOneSpaceThatCoversTheRun()
    {
        const string html = "<body><p>one \r\n\t  two&nbsp;&nbsp;three</p></body>";
        var x = Extractor.Extract(html, keepEveryBlock: true);
        Assert.Equal("one two three", x.Body);
        Assert.Equal(" \r\n\t  ", x.BodyMap.ToSource(TextSpan.FromLength(3, 1)).Of(html));
        Assert.Equal("&nbsp;&nbsp;", x.BodyMap.ToSource(TextSpan.FromLength(7, 1)).Of(html));
    }

    [Fact]
    public void BlocksAreLinesAndInlineMarkupIsNot()
    {
        const string html = "<body><h2>Heading</h2><p>A <b>bold</b> move<br>next line</p><ul><li>first</li><li>second</li></ul><script>var x = '<p>no</p>';</script></body>";
        var x = Extractor.Extract(html, keepEveryBlock: true);
        Assert.Equal("Heading\nA bold move\nnext line\nfirst\nsecond", x.Body);
        Assert.Null(SourceOffsetCheck.Verify(html, x));
    }

    [Fact]
    public void ScriptsThatOpenLikeMarkupDoNotHideTheTextAfterThem()
    {
        const string html = "<body><p>Before the script,<script><!--\nvar a = '<p>&amp;';\n//--></script> after it;"
            + "<script type=\"text/template\"><div class=\"card\">{{ title }}</div></script> and the end.</p></body>";
        var x = Extractor.Extract(html, keepEveryBlock: true);
        Assert.Equal("Before the script, after it; and the end.", x.Body);
        Assert.Equal(0, x.UnalignedTexts);
        Assert.Null(SourceOffsetCheck.Verify(html, x));
    }

    [Fact]
    public void EveryBenchmarkPageMapsEachBodyLineBackToItsSourceText()
    {
        var dir = SharedData.RequireDirectory("benchmarks/article-extraction-benchmark");
        var benchmark = ExtractionBenchmark.Load(dir).Value!;
        var failures = new List<string>();
        foreach (var page in benchmark.Pages)
        {
            var problem = SourceOffsetCheck.Verify(page.Html, Extractor.Extract(page.Html));
            if (problem is not null)
            {
                failures.Add($"{page.Id[..12]}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void GeneratedPagesMapEachBodyLineBackToItsSourceText()
    {
        Prop.ForAll(GeneratedHtml.Pages().ToArbitrary(), html =>
        {
            var all = Extractor.Extract(html, keepEveryBlock: true);
            var article = Extractor.Extract(html);
            var problem = SourceOffsetCheck.Verify(html, all) ?? SourceOffsetCheck.Verify(html, article);
            return problem is null ? true.Label("ok") : false.Label(problem + "\nHTML: " + html);
        }).QuickCheckThrowOnFailure();
    }
}
