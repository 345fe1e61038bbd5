using System.Text;
using Docket.Core.Ingest;
using FsCheck;
using FsCheck.Fluent;
using static Docket.Tests.Ingest.Ingest;

namespace Docket.Tests.Ingest;

public sealed class InputReaderPropertyTests
{
    /// <summary>Bytes that are sometimes noise and sometimes fragments of the formats, so the
    /// parsers get past their first character.</summary>
    private static readonly Gen<byte[]> Bytes = Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte[]>(),
        Gen.Elements(
                "{", "}", "[", "]", "\"text\"", ":", ",", "\"", "\n", "<rss>", "<channel>", "<item>", "</item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<entry>", "<description>", "</description>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "&amp;", "text ", "é", "\u00a0", "\r\n", "\\u0000", "1")
            .ListOf()
            .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts))));

    [Theory]
    [InlineData(".txt")]
    [InlineData(".json")]
    [InlineData(".jsonl")]
    [InlineData(".xml")]
    [InlineData(".html")]
    public void ArbitraryBytesGiveDocumentsOrFailuresNamingTheInputAndNeverThrow(string extension)
    {
        using var dir = new TempFolder();
        var n = 0;
        Prop.ForAll(Bytes.ToArbitrary(), bytes => Check(dir.Write($"case{n++}{extension}", bytes)))
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(".txt.gz")]
    [InlineData(".jsonl.gz")]
    public void ArbitraryGzipFilesWholeCutOrGarbledNeverThrow(string extension)
    {
        using var dir = new TempFolder();
        var n = 0;
        var gzipped = Gen.OneOf(
            Bytes.Select(Gzip),
            Bytes.Select(b => Gzip(b)).SelectMany(g => Gen.Choose(0, g.Length).Select(cut => g[..cut])),
            Bytes.Select(b => (byte[])[0x1F, 0x8B, .. b]));
        Prop.ForAll(gzipped.ToArbitrary(), bytes => Check(dir.Write($"case{n++}{extension}", bytes)))
            .QuickCheckThrowOnFailure();
    }

    private static bool Check(string path)
    {
        using var reader = new InputReader();
        var results = ReadAll(reader, path).GetAwaiter().GetResult();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            if (r.IsSuccess)
            {
                Assert.StartsWith(path, r.Value!.Input, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(r.Value.Content), "a document must never be empty");
            }
            else
            {
                Assert.StartsWith(path, r.Failure!.Input, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(r.Failure.Reason));
            }
        }

        return true;
    }
}
