using System.Text.Json;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;

namespace Docket.Tests.Cleaning.PlainText;

/// <summary>
/// Golden files: each TestData/Cleaning/PlainText/NAME.txt (articles written for these tests) is
/// cleaned by the default pipeline and compared with NAME.expected.json (metadata and body).
/// Set DOCKET_UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, then
/// review the diff.
/// </summary>
public sealed class PlainTextGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Cleaning", "PlainText");

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Cases() => [.. Directory.EnumerateFiles(Folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void CleaningAScrapedArticleGivesTheExpectedBodyAndMetadata(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".txt"));
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        var result = pipeline.Process(new RawDocument(name, text, DocumentFormat.PlainText, DocumentHints.None));
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        var article = result.Value!.Article;
        var actual = JsonSerializer.Serialize(
            new
            {
                title = article.Metadata.Title,
                outlet = article.Metadata.Outlet,
                byline = article.Metadata.Byline,
                published_date = article.Metadata.PublishedDate?.ToString(),
                published = article.Metadata.Published?.ToString("O"),
                updated = article.Metadata.Updated?.ToString("O"),
                paragraphs = article.Paragraphs.Select(p => p.Of(text)).ToArray(),
                body = article.Body,
            },
            Json) + "\n";

        var expectedPath = Path.Combine(SourceFolder(), name + ".expected.json");
        if (Environment.GetEnvironmentVariable("DOCKET_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"no golden file {expectedPath}; run with DOCKET_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedPath);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{name}: the cleaned article differs from {Path.GetFileName(expectedPath)}:\n{LineDiff(expected, actual)}");
        }
    }

    /// <summary>The golden files live in the source tree (the build copies them to the output).</summary>
    private static string SourceFolder() =>
        Path.Combine(Support.SharedData.RepositoryRoot, "tests", "Docket.Tests", "TestData", "Cleaning", "PlainText");

    private static string LineDiff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<none>";
            var al = i < a.Length ? a[i] : "<none>";
            if (el != al)
            {
                lines.Add($"line {i + 1}:\n  - expected: {el}\n  + actual:   {al}");
            }
        }

        return string.Join('\n', lines.Take(20));
    }
}
