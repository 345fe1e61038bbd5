using System.Text.Encodings.Web;
using System.Text.Json;
using Docket.Core.Analysis.Attribution;
using Docket.Core.Analysis.Modality;
using Docket.Tests.Support;

namespace Docket.Tests.Analysis.Attribution;

/// <summary>
/// A short article written for this test (TestData/Attribution/article.txt) and the attributions
/// and modality cues expected from it (article.expected.json beside it). On a difference the test
/// prints the lines that differ; set DOCKET_UPDATE_GOLDEN=1 to rewrite the expected file after
/// checking that the new output is right.
/// </summary>
public sealed class GoldenArticleTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void TheArticleGivesTheExpectedAttributionsAndModality()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Attribution");
        var text = File.ReadAllText(Path.Combine(folder, "article.txt"));
        var actual = Render(text);
        var expectedPath = Path.Combine(folder, "article.expected.json");
        if (Environment.GetEnvironmentVariable("DOCKET_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SharedData.RepositoryRoot, "tests", "Docket.Tests", "TestData", "Attribution", "article.expected.json"), actual);
            return;
        }

        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : "";
        Assert.True(expected.ReplaceLineEndings() == actual.ReplaceLineEndings(), "The output differs from article.expected.json:\n" + LineDiff(expected, actual));
    }

    private static string Render(string text)
    {
        var attributions = AttributionExtractor.Extract(text).Select(a => new
        {
            cue = a.Cue.Of(text),
            rule = a.Rule,
            kind = a.Kind.ToString(),
            content = a.ContentParts.Select(p => p.Of(text)).ToArray(),
            chain = a.Chain.Select(c => new { role = c.Role.ToString(), kind = c.Kind.ToString(), name = c.Name, mention = c.Span?.Of(text) }).ToArray(),
        });
        var modality = ModalityExtractor.Extract(text).Select(m => new { cue = m.Span.Of(text), kind = m.Kind.ToString(), scope = m.Scope.Of(text), rule = m.Rule });
        return JsonSerializer.Serialize(new { attributions, modality }, Json) + "\n";
    }

    /// <summary>The lines of <paramref name="actual"/> that differ from <paramref name="expected"/>, with "-" and "+" marks, after a common prefix and suffix.</summary>
    private static string LineDiff(string expected, string actual)
    {
        var e = expected.ReplaceLineEndings("\n").Split('\n');
        var a = actual.ReplaceLineEndings("\n").Split('\n');
        var prefix = 0;
        while (prefix < e.Length && prefix < a.Length && e[prefix] == a[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < e.Length - prefix && suffix < a.Length - prefix && e[^(suffix + 1)] == a[^(suffix + 1)])
        {
            suffix++;
        }

        var lines = new List<string> { $"@@ line {prefix + 1} @@" };
        lines.AddRange(e.Skip(prefix).Take(e.Length - prefix - suffix).Select(l => "- " + l));
        lines.AddRange(a.Skip(prefix).Take(a.Length - prefix - suffix).Select(l => "+ " + l));
        return string.Join('\n', lines.Take(80));
    }
}
