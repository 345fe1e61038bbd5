using Docket.Domain.Articles;
using static Docket.Tests.Ingest.Ingest;

namespace Docket.Tests.Ingest;

public sealed class InputReaderFeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>The Example Herald</title>
            <language>en</language>
            <item>
              <title>Ministers weigh request</title>
              <link>https://herald.example/one</link>
              <guid>herald-1</guid>
              <pubDate>Tue, 04 Jul 2023 09:30:00 GMT</pubDate>
              <dc:creator>Jane Roe</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Full text of the first story.</p>]]></content:encoded>
            </item>
            <item>
              <title>Second story</title>
              <link>https://herald.example/two</link>
              <description>&lt;p&gt;Only a description here.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Headline only</title>
              <link>https://herald.example/three</link>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Example Wire</title>
          <entry>
            <title>Atom entry one</title>
            <id>urn:example:1</id>
            <link rel="alternate" href="https://wire.example/1"/>
            <published>2023-07-04T10:00:00+02:00</published>
            <updated>2023-07-05T10:00:00Z</updated>
            <author><name>John Doe</name></author>
            <content type="html">&lt;p&gt;Body of entry one.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Atom entry two</title>
            <link href="https://wire.example/2"/>
            <updated>2023-07-06T08:00:00Z</updated>
            <summary>Plain summary of entry two.</summary>
          </entry>
          <entry>
            <title>Atom entry three</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <b>markup</b>.</p></div></content>
          </entry>
        </feed>
        """;

    [Fact]
    public async Task EachRssItemBecomesAnArticleWithItsFieldsAsHints()
    {
        using var dir = new TempFolder();
        var path = dir.Write("herald.xml", Rss);
        var results = await ReadAll(path);
        Assert.Equal(3, results.Count);

        var first = results[0].Value!;
        Assert.Equal(path + "#1", first.Input);
        Assert.Equal(DocumentFormat.Html, first.Format);
        Assert.Equal("<p>Full text of the first story.</p>", first.Content);
        Assert.Equal("https://herald.example/one", first.Hints.Url);
        Assert.Equal("Tue, 04 Jul 2023 09:30:00 GMT", first.Hints.Published);
        Assert.Equal("Ministers weigh request", first.Hints.Title);
        Assert.Equal("Jane Roe", first.Hints.Byline);
        Assert.Equal("The Example Herald", first.Hints.Outlet);
        Assert.Equal("herald-1", first.Hints.Id);
        Assert.Equal("en", first.Hints.Language);

        Assert.Equal("<p>Only a description here.</p>", results[1].Value!.Content);

        Assert.Equal(path + "#3", results[2].Failure!.Input);
        Assert.Contains("has no content", results[2].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachAtomEntryBecomesAnArticleByItsContentType()
    {
        using var dir = new TempFolder();
        var results = await ReadAll(dir.Write("wire.atom", Atom));
        Assert.Equal(3, results.Count);
        var one = results[0].Value!;
        Assert.Equal(DocumentFormat.Html, one.Format);
        Assert.Equal("<p>Body of entry one.</p>", one.Content);
        Assert.Equal("https://wire.example/1", one.Hints.Url);
        Assert.Equal("2023-07-04T10:00:00+02:00", one.Hints.Published);
        Assert.Equal("John Doe", one.Hints.Byline);
        Assert.Equal("Example Wire", one.Hints.Outlet);

        var two = results[1].Value!;
        Assert.Equal(DocumentFormat.PlainText, two.Format);
        Assert.Equal("Plain summary of entry two.", two.Content);
        Assert.Equal("2023-07-06T08:00:00Z", two.Hints.Published);

        Assert.Contains("<b", results[2].Value!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedIsRecognisedByItsContentWhateverItsName()
    {
        using var dir = new TempFolder();
        var results = await ReadAll(dir.Write("downloaded.txt", Rss));
        Assert.Equal(3, results.Count);
        Assert.Equal("Ministers weigh request", results[0].Value!.Hints.Title);
    }

    [Fact]
    public async Task AMalformedFeedIsAFailure()
    {
        using var dir = new TempFolder();
        var path = dir.Write("broken.rss", Rss[..(Rss.Length / 2)]);
        var failure = SingleFailure(await ReadAll(path));
        Assert.Equal(path, failure.Input);
        Assert.Contains("malformed XML feed", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedDeclaringADtdIsRefusedAndNoExternalEntityIsRead()
    {
        using var dir = new TempFolder();
        var secret = dir.Write("secret.txt", "TOP SECRET CONTENT");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&leak;</description></item></channel></rss>
            """;
        var results = await ReadAll(dir.Write("evil.xml", xxe));
        var failure = SingleFailure(results);
        Assert.Contains("DTD", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP SECRET", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task XmlThatIsNotAFeedIsAFailure()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Write("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>")));
        Assert.Contains("not an RSS or Atom feed", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFeedWithoutItemsIsAFailure()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Write("empty.rss", "<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>")));
        Assert.Contains("no items", failure.Reason, StringComparison.Ordinal);
    }
}

public sealed class FeedOutletNameTests
{
    [Theory]
    [InlineData("BBC News - World", "BBC News")]
    [InlineData("Reuters: World News", "Reuters")]
    [InlineData("NYT > World", "NYT")]
    [InlineData("Northline Wire | Ukraine military aid", "Northline Wire")]
    [InlineData("The Example Herald", "The Example Herald")]
    public void TheOutletIsTheFeedTitleBeforeItsSectionName(string title, string outlet) =>
        Assert.Equal(outlet, Docket.Core.Ingest.Readers.FeedReader.OutletOf(title));
}
