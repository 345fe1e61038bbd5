using System.Text;
using Docket.Core.Ingest;
using Docket.Domain.Articles;
using static Docket.Tests.Ingest.Ingest;

namespace Docket.Tests.Ingest;

public sealed class InputReaderFileTests
{
    [Fact]
    public async Task ATextFileBecomesOnePlainTextDocumentWithItsContentUnchanged()
    {
        using var dir = new TempFolder();
        var path = dir.Write("story.txt", "A Headline Of Some Length\n\n" + ArticleText);
        var doc = Single(await ReadAll(path));
        Assert.Equal(DocumentFormat.PlainText, doc.Format);
        Assert.Equal(path, doc.Input);
        Assert.Equal("A Headline Of Some Length\n\n" + ArticleText, doc.Content);
    }

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    public async Task AnHtmlFileIsReadAsHtml(string name)
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write(name, "<html><body><p>Hello there, reader.</p></body></html>")));
        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Fact]
    public async Task HtmlContentInATextFileIsRecognisedByItsContent()
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write("saved.txt", "<!DOCTYPE html><html><body><p>Text.</p></body></html>")));
        Assert.Equal(DocumentFormat.Html, doc.Format);
    }

    [Theory]
    [InlineData("story.txt.gz", DocumentFormat.PlainText)]
    [InlineData("page.html.gz", DocumentFormat.Html)]
    public async Task AGzippedFileIsDecompressedAndReadByItsInnerName(string name, DocumentFormat format)
    {
        using var dir = new TempFolder();
        var content = format == DocumentFormat.Html ? "<html><body><p>" + ArticleText + "</p></body></html>" : ArticleText;
        var doc = Single(await ReadAll(dir.Write(name, Gzip(content))));
        Assert.Equal(format, doc.Format);
        Assert.Equal(content, doc.Content);
    }

    [Fact]
    public async Task AFolderIsReadRecursivelyInOrdinalOrderSkippingHiddenFilesAndFolders()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "Second file text here.");
        dir.Write("a.txt", "First file text here.");
        dir.Write("sub/c.txt", "Third file text here.");
        dir.Write(".hidden.txt", "Never read.");
        dir.Write(".git/config.txt", "Never read either.");
        var results = await ReadAll(dir.Path);
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(["a.txt", "b.txt", "sub/c.txt"], results.Select(r => Path.GetRelativePath(dir.Path, r.Value!.Input).Replace('\\', '/')));
    }

    [Fact]
    public async Task AnEmptyFolderIsAFailureNamingIt()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Path));
        Assert.Equal(dir.Path, failure.Input);
        Assert.Contains("no (visible) files", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingFileFailsAloneAndTheBatchGoesOn()
    {
        using var dir = new TempFolder();
        var good = dir.Write("good.txt", ArticleText);
        var missing = Path.Combine(dir.Path, "nope.txt");
        var results = await ReadAll(missing, good);
        Assert.Equal(2, results.Count);
        Assert.Equal(missing, results[0].Failure!.Input);
        Assert.Contains("no such file", results[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.True(results[1].IsSuccess);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 32, 10, 9, 10 }, "whitespace")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "empty")]
    public async Task AnEmptyOrBlankFileIsAFailure(byte[] bytes, string reason)
    {
        using var dir = new TempFolder();
        var path = dir.Write("blank.txt", bytes);
        var failure = SingleFailure(await ReadAll(path));
        Assert.Equal(path, failure.Input);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWithNulBytesIsABinaryFailure()
    {
        using var dir = new TempFolder();
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var failure = SingleFailure(await ReadAll(dir.Write("image.txt", bytes)));
        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOfMostlyControlCharactersIsABinaryFailure()
    {
        using var dir = new TempFolder();
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 'a' : 1 + (i % 20))).ToArray();
        var failure = SingleFailure(await ReadAll(dir.Write("data.txt", bytes)));
        Assert.Contains("binary", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsAFailure()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.txt", new string('x', 5000));
        using var reader = new InputReader(new InputReaderOptions { MaxBytes = 1000 });
        var failure = SingleFailure(await ReadAll(reader, path));
        Assert.Contains("over the 1000-byte limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATruncatedGzipFileIsAFailure()
    {
        using var dir = new TempFolder();
        var gz = Gzip(string.Concat(Enumerable.Repeat(ArticleText, 50)));
        var path = dir.Write("cut.txt.gz", gz[..(gz.Length / 2)]);
        var failure = SingleFailure(await ReadAll(path));
        Assert.Contains("truncated", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGzipFileMissingOnlyItsTrailerIsAFailure()
    {
        using var dir = new TempFolder();
        var gz = Gzip(ArticleText);
        var failure = SingleFailure(await ReadAll(dir.Write("notrailer.txt.gz", gz[..^8])));
        Assert.Contains("truncated", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorruptGzipFileIsAFailure()
    {
        using var dir = new TempFolder();
        var gz = Gzip(string.Concat(Enumerable.Repeat(ArticleText, 20)));
        for (var i = 12; i < gz.Length - 8; i += 7)
        {
            gz[i] ^= 0x5A;
        }

        var failure = SingleFailure(await ReadAll(dir.Write("corrupt.txt.gz", gz)));
        Assert.Matches("corrupt|truncated|binary", failure.Reason);
    }

    [Fact]
    public async Task AGzipBombStopsAtTheFiftyMegabyteCapAndFails()
    {
        using var dir = new TempFolder();

        // 60 MB of zero bytes compresses to about 60 KB.
        var path = dir.Write("bomb.txt.gz", Gzip(new byte[60 * 1024 * 1024]));
        var failure = SingleFailure(await ReadAll(path));
        Assert.Contains("larger than the 50 MB limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileNamedGzThatIsNotGzipIsAFailure()
    {
        using var dir = new TempFolder();
        var failure = SingleFailure(await ReadAll(dir.Write("plain.txt.gz", ArticleText)));
        Assert.Contains("not gzip", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf16WithAByteOrderMarkIsDecoded()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Kyiv’s request — “urgent”.")).ToArray();
        var doc = Single(await ReadAll(dir.Write("utf16.txt", bytes)));
        Assert.Equal("Kyiv’s request — “urgent”.", doc.Content);
    }

    [Fact]
    public async Task AUtf8ByteOrderMarkIsNotPartOfTheContent()
    {
        using var dir = new TempFolder();
        var doc = Single(await ReadAll(dir.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Plain words.")])));
        Assert.Equal("Plain words.", doc.Content);
    }

    [Fact]
    public async Task InvalidUtf8FallsBackToWindows1252AndLeavesANote()
    {
        using var dir = new TempFolder();

        // "The \x93caf\xE9\x94 closed." in Windows-1252: curly quotes and an e-acute.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("The "), 0x93, .. Encoding.ASCII.GetBytes("caf"), 0xE9, 0x94, .. Encoding.ASCII.GetBytes(" closed.")];
        var notes = new List<IngestNote>();
        using var reader = new InputReader(notes: notes.Add);
        var path = dir.Write("legacy.txt", bytes);
        var doc = Single(await ReadAll(reader, path));
        Assert.Equal("The “café” closed.", doc.Content);
        var note = Assert.Single(notes);
        Assert.Equal(path, note.Input);
        Assert.Contains("windows-1252", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASavedPageIsDecodedWithTheCharsetItsMetaTagDeclares()
    {
        using var dir = new TempFolder();

        // "Київ" in Windows-1251: not valid UTF-8, and not Windows-1252 either.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>"), 0xCA, 0xE8, 0xBF, 0xE2, .. Encoding.ASCII.GetBytes("</p></body></html>")];
        var doc = Single(await ReadAll(dir.Write("page.html", bytes)));
        Assert.Contains("Київ", doc.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAddressWithAnotherSchemeIsAFailure()
    {
        var failure = SingleFailure(await ReadAll("ftp://example.org/story.txt"));
        Assert.Contains("only http and https", failure.Reason, StringComparison.Ordinal);
    }
}
