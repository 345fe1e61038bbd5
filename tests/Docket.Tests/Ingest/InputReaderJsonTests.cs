using System.Text;
using System.Text.Json;
using Docket.Core.Ingest;
using Docket.Domain.Articles;
using static Docket.Tests.Ingest.Ingest;

namespace Docket.Tests.Ingest;

public sealed class InputReaderJsonTests
{
    private static string GoldFile(string? text = ArticleText, string? html = null, string extra = "") =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = "test-001",
            ["url"] = "https://news.example/ministers-meet",
            ["outlet"] = "The Example Herald",
            ["published"] = "2023-05-04",
            ["title"] = "Ministers Weigh Air Defence Request",
            ["text"] = text,
            ["html"] = html,
            ["gold"] = new { body = "ignored", entities = new[] { new { name = "x", type = "ORG" } } },
        }) + extra;

    [Fact]
    public async Task AGoldFormatFileBecomesOneDocumentWithItsFieldsAsHints()
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write("a.json", GoldFile())));
        Assert.Equal(DocumentFormat.PlainText, doc.Format);
        Assert.Equal(ArticleText, doc.Content);
        Assert.Equal("test-001", doc.Hints.Id);
        Assert.Equal("https://news.example/ministers-meet", doc.Hints.Url);
        Assert.Equal("The Example Herald", doc.Hints.Outlet);
        Assert.Equal("2023-05-04", doc.Hints.Published);
        Assert.Equal("Ministers Weigh Air Defence Request", doc.Hints.Title);
    }

    [Fact]
    public async Task AGoldFileWithOnlyHtmlIsReadAsHtml()
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write("a.json", GoldFile(text: null, html: "<p>Some page text.</p>"))));
        Assert.Equal(DocumentFormat.Html, doc.Format);
        Assert.Equal("<p>Some page text.</p>", doc.Content);
    }

    [Fact]
    public async Task AJsonArrayGivesOneDocumentPerElementNamedByPosition()
    {
        using var dir = new TempFolder();
        var path = dir.Write("many.json", "[" + GoldFile() + "," + GoldFile(text: "Second article text.") + "]");
        var results = await ReadAll(path);
        Assert.Equal([path + "#1", path + "#2"], results.Select(r => r.Value!.Input));
    }

    [Theory]
    [InlineData("{\"title\": \"x\", \"text\": ", "malformed JSON")]
    [InlineData("{\"title\": \"No body here\"}", "no 'text' or 'html'")]
    [InlineData("{\"text\": \"   \"}", "empty")]
    [InlineData("\"just a string\"", "found a string")]
    [InlineData("[]", "no articles")]
    public async Task BadJsonIsAFailureNamingTheFile(string json, string reason)
    {
        using var dir = new TempFolder();
        var path = dir.Write("bad.json", json);
        var failure = SingleFailure(await ReadAll(path));
        Assert.Equal(path, failure.Input);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonNestedTenThousandLevelsDeepIsAFailureNotACrash()
    {
        using var dir = new TempFolder();
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var failure = SingleFailure(await ReadAll(dir.Write("deep.json", deep)));
        Assert.Contains("nested deeper than 64 levels", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFieldsOfTheWrongTypeAreIgnored()
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write("odd.json", "{\"id\": 42, \"title\": 7, \"published\": null, \"text\": \"Some text.\"}")));
        Assert.Equal("42", doc.Hints.Id);
        Assert.Null(doc.Hints.Title);
        Assert.Null(doc.Hints.Published);
    }

    [Fact]
    public async Task JsonLinesGiveOneDocumentPerLineNamedByLineNumber()
    {
        using var dir = new TempFolder();
        var lines = "{\"id\": \"a\", \"text\": \"First story text.\", \"outlet\": \"Desk One\"}\n" +
                    "\n" +
                    "{\"id\": \"b\", \"html\": \"<p>Second story.</p>\", \"url\": \"https://x.example/b\"}\n";
        var path = dir.Write("batch.jsonl", lines);
        var results = await ReadAll(path);
        Assert.Equal(2, results.Count);
        Assert.Equal(path + ":1", results[0].Value!.Input);
        Assert.Equal("Desk One", results[0].Value!.Hints.Outlet);
        Assert.Equal(path + ":3", results[1].Value!.Input);
        Assert.Equal(DocumentFormat.Html, results[1].Value!.Format);
    }

    [Fact]
    public async Task ABadJsonLineFailsAloneAndTheOtherLinesAreRead()
    {
        using var dir = new TempFolder();
        var path = dir.Write("mixed.jsonl", "{\"text\": \"Good one.\"}\n{not json at all\n{\"title\": \"no text\"}\n{\"text\": \"Good two.\"}\n");
        var results = await ReadAll(path);
        Assert.Equal(4, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.Equal(path + ":2", results[1].Failure!.Input);
        Assert.Contains("malformed JSON", results[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + ":3", results[2].Failure!.Input);
        Assert.True(results[3].IsSuccess);
    }

    [Fact]
    public async Task GzippedJsonLinesAreStreamed()
    {
        using var dir = new TempFolder();
        var sb = new StringBuilder();
        for (var i = 1; i <= 500; i++)
        {
            sb.Append("{\"id\": \"n").Append(i).Append("\", \"text\": \"Story number ").Append(i).Append(" about a weapons package.\"}\r\n");
        }

        var results = await ReadAll(dir.Write("batch.jsonl.gz", Gzip(sb.ToString())));
        Assert.Equal(500, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal("n500", results[^1].Value!.Hints.Id);
        Assert.EndsWith(".jsonl.gz:500", results[^1].Value!.Input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATruncatedGzippedJsonLinesFileKeepsItsGoodLinesAndReportsTheDamage()
    {
        using var dir = new TempFolder();
        var sb = new StringBuilder();
        for (var i = 1; i <= 2000; i++)
        {
            sb.Append("{\"text\": \"Line ").Append(i).Append(' ').Append(Guid.NewGuid()).Append("\"}\n");
        }

        var gz = Gzip(sb.ToString());
        var path = dir.Write("cut.jsonl.gz", gz[..(gz.Length * 2 / 3)]);
        var results = await ReadAll(path);
        Assert.True(results.Count(r => r.IsSuccess) > 100);
        Assert.Contains(results, r => !r.IsSuccess && r.Failure!.Input == path && r.Failure.Reason.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABinaryFileNamedJsonLinesIsOneFailure()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Write("x.jsonl", new byte[] { 0, 1, 2, 3, 0, 10, 0, 0, 10, 7 })));
        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonLinesFileOfBlankLinesIsAFailure()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Write("blank.jsonl", "\n  \n\n")));
        Assert.Contains("whitespace", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": \"From a pipe.\", \"title\": \"Piped Story Title\"}", DocumentFormat.PlainText, 1)]
    [InlineData("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n", DocumentFormat.PlainText, 2)]
    [InlineData("<html><body><p>Page from a pipe.</p></body></html>", DocumentFormat.Html, 1)]
    [InlineData("Just some words typed in.", DocumentFormat.PlainText, 1)]
    public async Task StdinIsSniffedForItsFormat(string content, DocumentFormat format, int count)
    {
        using var reader = new InputReader(stdin: () => new MemoryStream(Encoding.UTF8.GetBytes(content)));
        var results = await ReadAll(reader, "-");
        Assert.Equal(count, results.Count);
        Assert.All(results, r => Assert.Equal(format, r.Value!.Format));
        Assert.All(results, r => Assert.StartsWith(InputReader.StdinName, r.Value!.Input, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GzippedStdinIsDecompressed()
    {
        using var reader = new InputReader(stdin: () => new MemoryStream(Gzip(ArticleText)));
        var doc = Single(await ReadAll(reader, "-"));
        Assert.Equal(ArticleText, doc.Content);
    }
}
