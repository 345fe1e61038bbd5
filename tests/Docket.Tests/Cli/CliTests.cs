using System.Text.Json;
using Docket.Cli;
using Docket.Tests.Support;

namespace Docket.Tests.Cli;

/// <summary>End-to-end tests of the commands through <see cref="DocketCli.RunAsync"/>, each with its own temporary database.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docket-cli-").FullName;

    private string Db => Path.Combine(_folder, "test.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Ingesting_the_seeds_stores_them_and_a_second_run_counts_them_as_duplicates()
    {
        var seeds = SharedData.RequireDirectory("seeds");
        var first = await Run("ingest", seeds, "--db", Db, "--json");
        Assert.Equal(0, first.Exit);
        var report = JsonDocument.Parse(first.Out).RootElement;
        var seedCount = Directory.GetFiles(seeds).Length;
        Assert.Equal(seedCount, report.GetProperty("added").GetInt32());
        Assert.Equal(0, report.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, report.GetProperty("failed").GetInt32());

        var second = JsonDocument.Parse((await Run("ingest", seeds, "--db", Db, "--json")).Out).RootElement;
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(seedCount, second.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task A_failing_input_is_reported_with_its_reason_while_the_others_are_stored()
    {
        var seeds = SharedData.RequireDirectory("seeds");
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "   \n", TestContext.Current.CancellationToken);
        var missing = Path.Combine(_folder, "no-such-file.txt");

        var result = await Run("ingest", seeds, missing, empty, "--db", Db, "--json");

        Assert.Equal(1, result.Exit);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(Directory.GetFiles(seeds).Length, report.GetProperty("added").GetInt32());
        Assert.Equal(2, report.GetProperty("failed").GetInt32());
        var failures = report.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal([missing, empty], failures.Select(f => f.GetProperty("input").GetString()));
        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("reason").GetString())));

        var list = JsonDocument.Parse((await Run("list", "--db", Db, "--json")).Out).RootElement;
        Assert.Equal(Directory.GetFiles(seeds).Length, list.GetArrayLength());
    }

    [Fact]
    public async Task The_human_summary_lists_each_failure_with_its_input_and_reason()
    {
        var missing = Path.Combine(_folder, "gone.html");
        var result = await Run("ingest", missing, "--db", Db);
        Assert.Equal(1, result.Exit);
        Assert.Contains("0 added, 0 duplicates, 1 failed", result.Out, StringComparison.Ordinal);
        Assert.Contains($"  {missing}: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingest_json_has_exactly_the_documented_keys()
    {
        var result = await Run("ingest", Path.Combine(_folder, "missing.txt"), "--db", Db, "--json");
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["added", "duplicates", "failed", "failures"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["input", "reason"], report.GetProperty("failures")[0].EnumerateObject().Select(p => p.Name));
        Assert.Empty(result.Err);
    }

    [Fact]
    public async Task List_show_and_search_read_what_ingest_stored()
    {
        await IngestSamples();

        var list = await Run("list", "--db", Db, "--json");
        Assert.Equal(0, list.Exit);
        var articles = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.True(articles.Count >= 8);
        Assert.All(articles, a => Assert.Equal(["id", "title", "outlet", "published", "url", "chars"], a.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(2, (await Run("list", "--db", Db, "--json", "--limit", "2")).Out.Count(c => c == '{'));

        var id = articles[0].GetProperty("id").GetString()!;
        var show = await Run("show", id[..7], "--db", Db, "--json");
        Assert.Equal(0, show.Exit);
        var article = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal(id, article.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(article.GetProperty("body").GetString()));
        Assert.Equal(JsonValueKind.Object, article.GetProperty("analysis").ValueKind);

        var text = await Run("show", id, "--db", Db);
        Assert.Contains(id, text.Out, StringComparison.Ordinal);
        Assert.Contains("story group:", text.Out, StringComparison.Ordinal);

        var search = await Run("search", "ATACMS", "--db", Db, "--json", "--limit", "3");
        Assert.Equal(0, search.Exit);
        var hits = JsonDocument.Parse(search.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains("[ATACMS]", h.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase));

        var none = await Run("search", "zeppelin", "--db", Db);
        Assert.Equal(0, none.Exit);
        Assert.Contains("No article matches", none.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_says_not_found_with_exit_1_and_ambiguous_with_exit_2()
    {
        await IngestSamples();
        var missing = await Run("show", "ffffffffffffffff", "--db", Db);
        Assert.Equal(1, missing.Exit);
        Assert.Contains("no article matches", missing.Err, StringComparison.Ordinal);

        // Among ten ids some one-digit prefix is shared by two of them.
        var ids = JsonDocument.Parse((await Run("list", "--db", Db, "--json")).Out).RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        var shared = ids.GroupBy(i => i[..1]).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (shared is not null)
        {
            var ambiguous = await Run("show", shared, "--db", Db);
            Assert.Equal(2, ambiguous.Exit);
            Assert.Contains("matches several articles", ambiguous.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_demo_ingests_the_sample_corpus_and_groups_the_syndicated_copy()
    {
        var result = await Run("demo", "--db", Db, "--samples", SampleFolder);
        Assert.Equal(0, result.Exit);
        Assert.Contains("== 1. Ingest the sample corpus", result.Out, StringComparison.Ordinal);
        Assert.Contains(" 0 failed", result.Out, StringComparison.Ordinal);
        Assert.Contains("same story as", result.Out, StringComparison.Ordinal);
        Assert.Contains("independent story groups", result.Out, StringComparison.Ordinal);

        var again = await Run("demo", "--db", Db, "--samples", SampleFolder);
        Assert.Equal(0, again.Exit);
        Assert.Contains("0 added", again.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "--bogus")]
    [InlineData("ingest", "x.txt", "--jsn")]
    [InlineData("list", "--limit", "0")]
    [InlineData("search")]
    [InlineData("show")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2_and_say_what_to_do(params string[] args)
    {
        var result = await Run([.. args, "--db", Db]);
        Assert.Equal(2, result.Exit);
        Assert.NotEmpty(result.Err);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show", "abc")]
    [InlineData("search", "atacms")]
    public async Task Reading_commands_without_a_database_say_to_ingest_first_and_create_nothing(params string[] args)
    {
        var result = await Run([.. args, "--db", Db]);
        Assert.Equal(2, result.Exit);
        Assert.Contains($"no database at {Db}; run 'docket ingest", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_an_error_without_a_stack_trace()
    {
        await File.WriteAllTextAsync(Db, "notes\n" + new string('n', 5000), TestContext.Current.CancellationToken);
        var result = await Run("list", "--db", Db);
        Assert.Equal(2, result.Exit);
        Assert.Contains("not a SQLite database", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("ingest")]
    [InlineData("list")]
    [InlineData("show")]
    [InlineData("search")]
    public async Task Every_command_explains_itself_with_help(string command)
    {
        var result = await Run(command, "--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Description:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--db", result.Out, StringComparison.Ordinal);
    }

    private static string SampleFolder => Path.Combine(SharedData.RepositoryRoot, "samples", "articles");

    private async Task IngestSamples()
    {
        var result = await Run("ingest", SampleFolder, "--db", Db, "--json");
        Assert.Equal(0, result.Exit);
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await DocketCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
