using System.Reflection;
using System.Text.Json;
using Docket.Cli;
using Docket.Domain.Analysis;
using Docket.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Cli;

/// <summary><c>docket analyze</c> end to end through <see cref="DocketCli.RunAsync"/>: the JSON's spans cover exactly
/// the text they quote, every analysis list is printed, stored and fresh analyses agree, and bad input is an error
/// that names it.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "TestData", "Cli");
    private static readonly string Norway = Path.Combine(Data, "norway-air-defence.txt");
    private static readonly string TwoArticles = Path.Combine(Data, "two-articles.jsonl");

    private readonly string _folder = Directory.CreateTempSubdirectory("docket-analyze-").FullName;

    private string Db => Path.Combine(_folder, "test.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("norway-air-defence.txt")]
    [InlineData("two-articles.jsonl")]
    public async Task Every_span_of_our_own_articles_quotes_the_text_at_its_offsets(string file)
    {
        var result = await Run("analyze", Path.Combine(Data, file), "--json");
        Assert.Equal(0, result.Exit);
        var checkedSpans = AssertSpansQuoteTheirText(result.Out);
        Assert.True(checkedSpans > 15, $"only {checkedSpans} spans were checked");
    }

    [Fact]
    public async Task Every_span_of_the_seed_articles_quotes_the_text_at_its_offsets()
    {
        var seeds = SharedData.RequireDirectory("corpus/seeds");
        foreach (var seed in Directory.GetFiles(seeds, "*.json"))
        {
            var result = await Run("analyze", seed, "--json");
            Assert.True(result.Exit == 0, $"{seed}: {result.Err}");
            Assert.True(AssertSpansQuoteTheirText(result.Out) > 20, seed);
        }
    }

    [Fact]
    public async Task Spans_quote_their_text_for_any_mix_of_our_sentences_spacing_and_unicode()
    {
        string[] parts =
        [
            "Norway's defence minister said on Tuesday that a decision was near.",
            "Officials in Oslo said about 120 soldiers had finished training last month.",
            "\u201cWe are not planning to send Taurus missiles,\u201d the spokesman added.",
            "The Pentagon approved a $325 million package on Wednesday.",
            "President Volodymyr Zelensky asked for at least 10 more systems \ud83c\udfa5 since the winter.",
            "Defense Secretary Lloyd Austin said ATACMS would not be sent for now.",
            " ", "\n", "\r\n", "\n\n", "\u00a0", "\t", "\u200b", " \u2014 ", "Kyiv", "U.S.", "2024",
        ];
        var n = 0;
        var texts = Gen.Elements(parts).ListOf().Select(p => "A headline written for the test\n\n" + string.Concat(p)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var file = Path.Combine(_folder, $"generated-{n++}.txt");
            File.WriteAllText(file, text);
            var result = Run("analyze", file, "--json").GetAwaiter().GetResult();

            // A text that cleans to nothing is a rejected input (exit 1, a reason): nothing to check.
            if (result.Exit == 1 && result.Out.Length == 0)
            {
                Assert.Contains(file, result.Err, StringComparison.Ordinal);
                return;
            }

            Assert.Equal(0, result.Exit);
            AssertSpansQuoteTheirText(result.Out);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task The_json_has_the_article_and_every_analysis_list_but_tokens()
    {
        var result = await Run("analyze", Norway, "--json");
        var article = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["id", "input", "external_id", "format", "metadata", "text", "body", "analysis", "diagnostics"], article.EnumerateObject().Select(p => p.Name));

        // Every list of ArticleAnalysis appears, so lists added later are printed without a change to the command.
        var expected = typeof(ArticleAnalysis).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(ArticleAnalysis.Tokens) && p.PropertyType.IsGenericType)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));
        Assert.Equal(expected.Order(), article.GetProperty("analysis").EnumerateObject().Select(p => p.Name).Order());

        var analysis = article.GetProperty("analysis");
        var zelensky = analysis.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("surface").GetString() == "Volodymyr Zelensky");
        Assert.Equal("Ukraine", zelensky.GetProperty("acts_for").GetString());
        Assert.Equal("PERSON", zelensky.GetProperty("type").GetString());
        Assert.StartsWith("gazetteer:", zelensky.GetProperty("rule").GetString(), StringComparison.Ordinal);

        var tuesday = analysis.GetProperty("times").EnumerateArray().First(t => t.GetProperty("surface").GetString() == "Tuesday");
        Assert.Equal("2023-03-14", tuesday.GetProperty("value").GetString());
        Assert.Equal("DATE", tuesday.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(tuesday.GetProperty("rule").GetString()));

        var soldiers = analysis.GetProperty("quantities").EnumerateArray().First(q => q.GetProperty("unit").GetString() == "soldiers");
        Assert.Equal(120, soldiers.GetProperty("amount").GetDecimal());
        Assert.True(soldiers.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public async Task A_file_of_several_articles_gives_an_array_and_item_picks_one_object()
    {
        var all = JsonDocument.Parse((await Run("analyze", TwoArticles, "--json")).Out).RootElement;
        Assert.Equal(JsonValueKind.Array, all.ValueKind);
        Assert.Equal(["own-berlin-marder", "own-pentagon-package"], all.EnumerateArray().Select(a => a.GetProperty("external_id").GetString()));

        var second = JsonDocument.Parse((await Run("analyze", TwoArticles, "--item", "2", "--json")).Out).RootElement;
        Assert.Equal(JsonValueKind.Object, second.ValueKind);
        Assert.Equal("own-pentagon-package", second.GetProperty("external_id").GetString());
        Assert.True(JsonElement.DeepEquals(all[1].GetProperty("analysis"), second.GetProperty("analysis")));
    }

    [Fact]
    public async Task The_stored_analysis_of_an_id_prefix_is_the_analysis_of_its_file()
    {
        Assert.Equal(0, (await Run("ingest", Norway, "--db", Db)).Exit);
        var fresh = JsonDocument.Parse((await Run("analyze", Norway, "--json")).Out).RootElement;
        var id = fresh.GetProperty("id").GetString()!;

        var stored = await Run("analyze", id[..6], "--db", Db, "--json");
        Assert.Equal(0, stored.Exit);
        var fromStore = JsonDocument.Parse(stored.Out).RootElement;
        Assert.Equal(id, fromStore.GetProperty("id").GetString());
        Assert.True(JsonElement.DeepEquals(fresh.GetProperty("analysis"), fromStore.GetProperty("analysis")));
        AssertSpansQuoteTheirText(stored.Out);
    }

    [Fact]
    public async Task The_readable_view_numbers_sentences_and_lists_each_kind_with_its_rule()
    {
        var result = await Run("analyze", Norway);
        Assert.Equal(0, result.Exit);
        var o = result.Out;
        Assert.Contains("Norway weighs a second air-defence shipment for Kyiv", o, StringComparison.Ordinal);
        Assert.Contains("Sentences (", o, StringComparison.Ordinal);
        Assert.Contains("  [1] ", o, StringComparison.Ordinal);
        Assert.Contains("Entities (", o, StringComparison.Ordinal);
        Assert.Contains("Time expressions (", o, StringComparison.Ordinal);
        Assert.Contains("Quantities (", o, StringComparison.Ordinal);
        var tuesday = o.Split('\n').First(l => l.Contains("\"Tuesday\"", StringComparison.Ordinal));
        Assert.Matches(@"^  \d+-\d+  ""Tuesday""  type=DATE  value=2023-03-14 .*\[[a-z-:]+\]\s*$", tuesday);

        var several = await Run("analyze", TwoArticles);
        Assert.Equal(2, several.Out.Split('\n').Count(l => l.StartsWith("Analysis: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_name_that_is_neither_a_file_nor_a_stored_id_is_an_error_naming_it()
    {
        var noDb = await Run("analyze", "no-such-thing", "--db", Db);
        Assert.Equal(1, noDb.Exit);
        Assert.Contains("'no-such-thing' is not a file or folder", noDb.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));

        await Run("ingest", Norway, "--db", Db);
        var unknown = await Run("analyze", "ffffffffff", "--db", Db);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("'ffffffffff'", unknown.Err, StringComparison.Ordinal);
        Assert.Empty(unknown.Out);
    }

    [Fact]
    public async Task An_input_the_pipeline_rejects_is_reported_with_its_reason_and_exit_1()
    {
        var empty = Path.Combine(_folder, "blank.txt");
        await File.WriteAllTextAsync(empty, "  \n\n ", TestContext.Current.CancellationToken);
        var result = await Run("analyze", empty, "--json");
        Assert.Equal(1, result.Exit);
        Assert.Contains(empty, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);

        var past = await Run("analyze", TwoArticles, "--item", "3");
        Assert.Equal(1, past.Exit);
        Assert.Contains("holds 2 articles; --item 3 is past the end", past.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x", "--item", "0")]
    [InlineData("analyze", "no-such-id", "--item", "2")]
    [InlineData("analyze", "a", "b")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var result = await Run([.. args, "--db", Db]);
        Assert.Equal(2, result.Exit);
        Assert.NotEmpty(result.Err);
    }

    [Fact]
    public async Task Analyze_explains_itself_with_help()
    {
        var result = await Run("analyze", "--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("--item", result.Out, StringComparison.Ordinal);
        Assert.Contains("--db", result.Out, StringComparison.Ordinal);
    }

    /// <summary>Checks every <c>{"start","end","text"}</c> object under each article: the article's text at those
    /// offsets is that text. Returns how many spans were checked.</summary>
    private static int AssertSpansQuoteTheirText(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var articles = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : new List<JsonElement> { root };
        var count = 0;
        foreach (var article in articles)
        {
            var text = article.GetProperty("text").GetString()!;
            foreach (var span in Spans(article.GetProperty("analysis")))
            {
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], span.GetProperty("text").GetString());
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<JsonElement> Spans(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("start", out _) && node.TryGetProperty("end", out _) && node.TryGetProperty("text", out _))
            {
                yield return node;
                yield break;
            }

            foreach (var p in node.EnumerateObject())
            {
                foreach (var s in Spans(p.Value))
                {
                    yield return s;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var s in Spans(item))
                {
                    yield return s;
                }
            }
        }
    }

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await DocketCli.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
