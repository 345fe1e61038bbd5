using Docket.Cli.Commands;
using Docket.Storage.Sqlite;
using Docket.Tests.Support;
using static Docket.Tests.Cli.StatusStories;

namespace Docket.Tests.Cli;

/// <summary>
/// The demo's status step: one clear line while a store holds no claims, the timelines and the
/// two times once it does, and the real demo's answers on the sample corpus.
/// </summary>
public sealed class StatusDemoTests : StatusCliFixture
{
    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples", "articles");

    private async Task<string> Step()
    {
        var opened = SqliteArticleStore.Open(Db, new SqliteStoreOptions { Clock = Clock });
        Assert.True(opened.IsSuccess, opened.Failure?.ToString());
        using var store = opened.Value!;
        using var o = new StringWriter();
        Assert.True(await DemoStatusStep.RunAsync(store, Db, o));
        return o.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public async Task A_store_without_claims_gets_one_line_that_says_why()
    {
        Assert.Equal(DemoStatusStep.NoEvents + "\n", await Step());
    }

    [Fact]
    public async Task With_claims_in_the_store_the_step_shows_every_question_and_the_two_times()
    {
        Store([.. SecretDelivery(), RulesOfUseChange().Build()]);
        var step = await Step();
        Assert.DoesNotContain(DemoStatusStep.NoEvents, step, StringComparison.Ordinal);
        Assert.Contains("As known today, 3 questions:", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / transfer on 2023-10-10, as known today: DELIVERED since 2023-10-05", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / transfer as of 2023-10-10 (published by then): UNDER_REVIEW", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / use as of 2024-11-16: no status", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / use as of 2024-11-18: AUTHORIZED since 2024-11-17", step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_extracts_the_sample_corpus_and_answers_the_two_times_from_it()
    {
        var result = await Run("demo", "--samples", Samples);
        Assert.Equal(0, result.Exit);
        var output = result.Out.ReplaceLineEndings("\n");
        var step = output[output.IndexOf($"== 4. {DemoStatusStep.Title}", StringComparison.Ordinal)..];
        Assert.DoesNotContain(DemoStatusStep.NoEvents, step, StringComparison.Ordinal);
        Assert.Matches(@"As known today, \d+ questions:", step);
        // The delivery was secret until 2023-10-17: known today as delivered, then only as under review.
        Assert.Contains("United States / ATACMS / Ukraine / transfer on 2023-10-10, as known today: DELIVERED", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / transfer as of 2023-10-10 (published by then): UNDER_REVIEW", step, StringComparison.Ordinal);
        Assert.Contains("United States / ATACMS / Ukraine / use as of 2024-11-18: AUTHORIZED", step, StringComparison.Ordinal);
    }
}
