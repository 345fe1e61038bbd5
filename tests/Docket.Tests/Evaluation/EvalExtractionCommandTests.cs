using System.Text.Json;
using Docket.Cli;
using Docket.Tests.Support;

namespace Docket.Tests.Evaluation;

public sealed class EvalExtractionCommandTests
{
    [Fact]
    public async Task AMissingFolderIsAUsageErrorWithExitCodeTwo()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await DocketCli.RunAsync(["eval", "extraction", "/no/such/dir", "--json"], stdout, stderr);
        Assert.Equal(2, code);
        Assert.Contains("no such folder", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task AFolderWithoutGroundTruthIsAUsageError()
    {
        var dir = Directory.CreateTempSubdirectory("docket-eval-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "html"));
            var stderr = new StringWriter();
            var code = await DocketCli.RunAsync(["eval", "extraction", dir.FullName], new StringWriter(), stderr);
            Assert.Equal(2, code);
            Assert.Contains("ground-truth.json", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TheJsonSummaryHasEveryKeyAndTheOutFolderOneFilePerPage()
    {
        var bench = SharedData.RequireDirectory("benchmarks/article-extraction-benchmark");

        // A two-page copy keeps the test fast.
        var dir = Directory.CreateTempSubdirectory("docket-eval-");
        try
        {
            var html = Directory.CreateDirectory(Path.Combine(dir.FullName, "html"));
            using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(bench, "ground-truth.json")));
            var ids = truth.RootElement.EnumerateObject().Take(2).ToList();
            foreach (var id in ids)
            {
                File.Copy(Path.Combine(bench, "html", id.Name + ".html.gz"), Path.Combine(html.FullName, id.Name + ".html.gz"));
            }

            File.WriteAllText(Path.Combine(dir.FullName, "ground-truth.json"), "{" + string.Join(",", ids.Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.GetRawText())) + "}");
            var outDir = Path.Combine(dir.FullName, "out");
            var stdout = new StringWriter();
            var code = await DocketCli.RunAsync(["eval", "extraction", dir.FullName, "--json", "--out", outDir], stdout, new StringWriter());
            Assert.Equal(0, code);
            using var summary = JsonDocument.Parse(stdout.ToString());
            foreach (var key in new[] { "documents", "precision", "recall", "f1", "accuracy", "docs_per_second" })
            {
                Assert.True(summary.RootElement.TryGetProperty(key, out _), key);
            }

            Assert.Equal(2, summary.RootElement.GetProperty("documents").GetInt32());
            foreach (var id in ids)
            {
                using var page = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, id.Name + ".json")));
                Assert.Equal(id.Name, page.RootElement.GetProperty("id").GetString());
                Assert.False(string.IsNullOrEmpty(page.RootElement.GetProperty("text").GetString()));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
