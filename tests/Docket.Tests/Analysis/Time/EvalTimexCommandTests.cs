using System.Text.Json;
using Docket.Cli;
using Docket.Tests.Support;

namespace Docket.Tests.Analysis.Time;

public sealed class EvalTimexCommandTests
{
    [Fact]
    public async Task AFolderThatDoesNotExistIsAUsageErrorWithAClearMessage()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var rc = await DocketCli.RunAsync(["eval", "timex", "/no/such/folder"], stdout, stderr);

        Assert.Equal(2, rc);
        Assert.Contains("not a folder", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJsonOutputGivesTheTaskAMeasuresForThePlatinumSet()
    {
        var dir = SharedData.RequireDirectory("benchmarks/tempeval3/te3-platinum");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var rc = await DocketCli.RunAsync(["eval", "timex", dir, "--json"], stdout, stderr);

        Assert.Equal(0, rc);
        using var json = JsonDocument.Parse(stdout.ToString());
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["documents", "strict_f1", "relaxed_f1", "value_f1", "type_accuracy", "docs_per_second"], keys);
        Assert.Equal(20, json.RootElement.GetProperty("documents").GetInt32());
        Assert.True(json.RootElement.GetProperty("value_f1").GetDouble() >= 0.78);
    }
}
