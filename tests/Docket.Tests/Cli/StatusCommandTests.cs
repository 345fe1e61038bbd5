using System.Text.Json;
using Docket.Domain.Decisions;
using static Docket.Tests.Cli.StatusStories;

namespace Docket.Tests.Cli;

/// <summary><c>docket status</c> end to end: hand-built articles with events in a real store, the CLI on top.</summary>
public sealed class StatusCommandTests : StatusCliFixture
{
    private static readonly string[] StatusKeys = ["supplier", "system", "recipient", "aspect", "status", "since", "claims", "contradictions"];
    private static readonly string[] ClaimKeys = ["type", "polarity", "certainty", "date", "outlet", "published", "sources", "evidence", "article_id", "span"];

    [Fact]
    public async Task As_of_the_day_after_the_undated_report_the_transfer_question_is_under_review_since_an_estimated_date()
    {
        Store(WeighingTheMissiles());

        var json = await Json("status", "--as-of", "2023-09-12", "--system", "ATACMS", "--aspect", "transfer");
        var q = Assert.Single(json.EnumerateArray());
        Assert.Equal("United States", q.GetProperty("supplier").GetString());
        Assert.Equal("transfer", q.GetProperty("aspect").GetString());
        Assert.Equal("UNDER_REVIEW", q.GetProperty("status").GetString());
        Assert.Equal("2023-09-11", q.GetProperty("since").GetString());
        Assert.Contains(q.GetProperty("claims").EnumerateArray(), c => c.GetProperty("polarity").GetString() == "negative" && c.GetProperty("type").GetString() == "PLEDGE");
        Assert.All(q.GetProperty("claims").EnumerateArray(), c => Assert.True(c.GetProperty("published_estimated").GetBoolean()));

        var text = await Run("status", "--as-of", "2023-09-12", "--system", "ATACMS", "--aspect", "transfer");
        Assert.Equal(0, text.Exit);
        Assert.Contains("United States / ATACMS / Ukraine / transfer", text.Out, StringComparison.Ordinal);
        Assert.Contains("status         UNDER_REVIEW", text.Out, StringComparison.Ordinal);
        Assert.Contains("(estimated)", text.Out, StringComparison.Ordinal);
        Assert.Contains("via John Kirby", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_report_could_be_known_the_question_has_no_status()
    {
        Store(WeighingTheMissiles());
        var json = await Json("status", "--as-of", "2023-09-10");
        Assert.Equal(0, json.GetArrayLength());
        var text = await Run("status", "--as-of", "2023-09-10");
        Assert.Contains("No decision question matches", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_of_the_day_after_the_change_use_is_authorized_with_the_earlier_restriction_in_its_timeline()
    {
        Store(RulesOfUseChange().Build());

        var json = await Json("status", "--as-of", "2024-11-18", "--supplier", "United States", "--system", "ATACMS", "--recipient", "Ukraine", "--aspect", "use");
        var q = Assert.Single(json.EnumerateArray());
        Assert.Equal("AUTHORIZED", q.GetProperty("status").GetString());
        Assert.Equal("2024-11-17", q.GetProperty("since").GetString());
        var timeline = q.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["RESTRICTED", "AUTHORIZED"], timeline.Select(t => t.GetProperty("status").GetString()));
        Assert.Contains("occupied areas", timeline[0].GetProperty("scope").GetString(), StringComparison.Ordinal);
        var evidence = Assert.Single(q.GetProperty("claims").EnumerateArray());
        Assert.Equal(["The New York Times", "anonymous U.S. officials"], evidence.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("The Kyiv Ledger", evidence.GetProperty("outlet").GetString());

        var text = await Run("status", "--as-of", "2024-11-18", "--system", "ATACMS", "--aspect", "use");
        Assert.Contains("status         AUTHORIZED", text.Out, StringComparison.Ordinal);
        Assert.Contains("timeline       RESTRICTED (before the change that follows (start unknown)) -> AUTHORIZED (2024-11-17)", text.Out, StringComparison.Ordinal);
        Assert.Contains("via The New York Times <- anonymous U.S. officials", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_delivery_is_delivered_on_a_date_as_known_today_but_under_review_as_of_that_date()
    {
        Store(SecretDelivery());

        var on = Assert.Single((await Json("status", "--on", "2023-10-10", "--system", "ATACMS")).EnumerateArray());
        Assert.Equal("DELIVERED", on.GetProperty("status").GetString());
        Assert.Equal("2023-10-05", on.GetProperty("since").GetString());
        Assert.Null(on.GetProperty("as_of").GetString());
        Assert.Equal("2023-10-10", on.GetProperty("on").GetString());

        var asOf = Assert.Single((await Json("status", "--as-of", "2023-10-10", "--system", "ATACMS")).EnumerateArray());
        Assert.Equal("UNDER_REVIEW", asOf.GetProperty("status").GetString());

        // Both times at once: on 2023-10-10 as known on 2023-10-20 (after the announcement).
        var both = Assert.Single((await Json("status", "--as-of", "2023-10-20", "--on", "2023-10-10")).EnumerateArray());
        Assert.Equal("DELIVERED", both.GetProperty("status").GetString());

        var text = await Run("status", "--on", "2023-10-10");
        Assert.StartsWith("Status on 2023-10-10, as known from everything stored: 1 question.", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syndicated_copy_counts_once_and_an_independent_report_corroborates()
    {
        var story = RulesOfUseChange();
        Store(story.Build());
        Store(story.CopyBy("Riverside Post"));

        var once = Assert.Single((await Json("status", "--system", "ATACMS", "--aspect", "use")).EnumerateArray());
        Assert.Equal(2, once.GetProperty("claims").GetArrayLength());
        Assert.Equal(1, once.GetProperty("corroboration").GetInt32());
        Assert.Single(once.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("story_group").GetString()).Distinct());

        Store(DecisionArticle.By("Harbor Times", "2024-11-18", "independent")
            .Says("Washington has lifted its ban on Ukrainian strikes into Russia with the missiles, two officials confirmed.", EventType.Authorize, Us, Ukraine, Atacms, Aspect.Use, date: "2024-11-17", sources: ["anonymous U.S. officials"])
            .Build());
        var twice = Assert.Single((await Json("status", "--system", "ATACMS", "--aspect", "use")).EnumerateArray());
        Assert.Equal(2, twice.GetProperty("corroboration").GetInt32());
        Assert.Contains("2 independent story groups (3 claims)", (await Run("status", "--system", "ATACMS", "--aspect", "use")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contradiction_between_independent_sources_is_shown_with_both_sides()
    {
        Store(DisputedPledge());

        var q = Assert.Single((await Json("status", "--supplier", "Germany", "--system", "taurus")).EnumerateArray());
        var x = Assert.Single(q.GetProperty("contradictions").EnumerateArray());
        Assert.Equal(["DENIED", "PLEDGED"], new[] { x.GetProperty("status_a").GetString(), x.GetProperty("status_b").GetString() }.Order());
        Assert.Equal(1, x.GetProperty("claims_a").GetArrayLength());
        Assert.Equal(1, x.GetProperty("claims_b").GetArrayLength());

        var text = await Run("status", "--supplier", "Germany");
        Assert.Contains("CONTRADICTION", text.Out, StringComparison.Ordinal);
        Assert.Contains("Wire One", text.Out, StringComparison.Ordinal);
        Assert.Contains("Wire Two", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_has_exactly_the_specified_keys_first_in_order_and_gold_vocabulary_names()
    {
        Store(RulesOfUseChange().Build());
        var json = await Json("status");
        Assert.NotEqual(0, json.GetArrayLength());
        foreach (var q in json.EnumerateArray())
        {
            Assert.Equal(StatusKeys, q.EnumerateObject().Select(p => p.Name).Take(StatusKeys.Length));
            foreach (var c in q.GetProperty("claims").EnumerateArray())
            {
                Assert.Equal(ClaimKeys, c.EnumerateObject().Select(p => p.Name).Take(ClaimKeys.Length));
                Assert.Equal(JsonValueKind.Array, c.GetProperty("sources").ValueKind);
                Assert.True(c.GetProperty("span").GetProperty("end").GetInt32() > c.GetProperty("span").GetProperty("start").GetInt32());
            }
        }

        var use = json.EnumerateArray().Single(q => q.GetProperty("system").GetString() == "ATACMS");
        Assert.Equal("use", use.GetProperty("aspect").GetString());
        Assert.Equal("AUTHORIZED", use.GetProperty("status").GetString());
        var claim = use.GetProperty("claims")[0];
        Assert.Equal("AUTHORIZE", claim.GetProperty("type").GetString());
        Assert.Equal("positive", claim.GetProperty("polarity").GetString());
        Assert.Equal("reported", claim.GetProperty("certainty").GetString());
        Assert.Equal("2024-11-17", claim.GetProperty("published").GetString());
    }

    [Fact]
    public async Task The_span_of_every_claim_points_at_its_evidence_in_the_stored_article_text()
    {
        var article = RulesOfUseChange().Build();
        Store(article);
        foreach (var q in (await Json("status")).EnumerateArray())
        {
            foreach (var c in q.GetProperty("claims").EnumerateArray())
            {
                var span = c.GetProperty("span");
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.Equal(article.Article.Id, c.GetProperty("article_id").GetString());
                Assert.Equal(c.GetProperty("evidence").GetString(), article.Article.Text[start..end]);
            }
        }
    }

    [Theory]
    [InlineData("--supplier", "US")]
    [InlineData("--supplier", "U.S.")]
    [InlineData("--supplier", "united states")]
    [InlineData("--supplier", "Washington")]
    [InlineData("--recipient", "Kyiv")]
    [InlineData("--recipient", "UKRAINE")]
    [InlineData("--system", "Army Tactical Missile System")]
    [InlineData("--system", "atacms")]
    public async Task Filters_accept_aliases_and_any_case(string option, string value)
    {
        Store(WeighingTheMissiles());
        var q = Assert.Single((await Json("status", option, value)).EnumerateArray());
        Assert.Equal("UNDER_REVIEW", q.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Filters_that_match_nothing_give_an_empty_list()
    {
        Store(WeighingTheMissiles());
        Assert.Equal(0, (await Json("status", "--supplier", "France")).GetArrayLength());
        Assert.Equal(0, (await Json("status", "--system", "HIMARS")).GetArrayLength());
        Assert.Equal(0, (await Json("status", "--aspect", "use")).GetArrayLength());
    }

    [Fact]
    public async Task A_system_filter_takes_in_claims_about_a_class_that_covers_the_system()
    {
        Store(ClassRestriction());
        Store(RulesOfUseChange().Build());

        var q = Assert.Single((await Json("status", "--as-of", "2024-06-01", "--system", "ATACMS", "--supplier", "US", "--recipient", "Ukraine", "--aspect", "use")).EnumerateArray());
        Assert.Equal("RESTRICTED", q.GetProperty("status").GetString());
        Assert.Equal("ATACMS", q.GetProperty("system").GetString());
        Assert.Contains("long-range missiles", q.GetProperty("claims")[0].GetProperty("evidence").GetString(), StringComparison.Ordinal);

        // The article-tied background restriction of November confirms the class restriction of April.
        var later = Assert.Single((await Json("status", "--system", "ATACMS", "--aspect", "use")).EnumerateArray());
        var timeline = later.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["RESTRICTED", "AUTHORIZED"], timeline.Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(["Harbor Times", "The Kyiv Ledger"], timeline[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task A_fully_named_question_that_only_class_claims_speak_about_still_has_a_status()
    {
        Store(ClassRestriction());
        var q = Assert.Single((await Json("status", "--system", "ATACMS", "--supplier", "US", "--recipient", "Ukraine")).EnumerateArray());
        Assert.Equal("ATACMS", q.GetProperty("system").GetString());
        Assert.Equal("use", q.GetProperty("aspect").GetString());
        Assert.Equal("RESTRICTED", q.GetProperty("status").GetString());

        // The class question itself is listed when no system is asked for.
        var all = await Json("status");
        Assert.Equal(["long-range missiles"], all.EnumerateArray().Select(x => x.GetProperty("system").GetString()));
    }

    [Fact]
    public async Task A_month_as_of_date_means_the_end_of_that_month()
    {
        Store(SecretDelivery());
        var month = await Run("status", "--as-of", "2023-10", "--json");
        var day = await Run("status", "--as-of", "2023-10-31", "--json");
        Assert.Equal(day.Out, month.Out);
        Assert.Equal("DELIVERED", JsonDocument.Parse(month.Out).RootElement[0].GetProperty("status").GetString());
        Assert.Equal("UNDER_REVIEW", JsonDocument.Parse((await Run("status", "--as-of", "2023-09", "--json")).Out).RootElement[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2023-13-01", "status", "--as-of", "2023-13-01")]
    [InlineData("2023-02-30", "status", "--as-of", "2023-02-30")]
    [InlineData("yesterday", "status", "--on", "yesterday")]
    [InlineData("20231010", "status", "--as-of", "20231010")]
    [InlineData("2023-10-10T12:00", "status", "--on", "2023-10-10T12:00")]
    [InlineData("2023-1-1", "claims", "--as-of", "2023-1-1")]
    [InlineData("soon", "timeline", "United States/ATACMS/Ukraine/use", "--as-of", "soon")]
    [InlineData("2024/11/18", "report", "--as-of", "2024/11/18", "--format", "md")]
    [InlineData("last week", "report", "--as-of", "2024-11-18", "--since", "last week", "--format", "md")]
    public async Task A_bad_date_is_a_usage_error_that_names_the_value(string bad, params string[] args)
    {
        Store(WeighingTheMissiles());
        var result = await Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Contains($"'{bad}' is not a date", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status", "--aspect", "deploy")]
    [InlineData("claims", "--type", "SHIP")]
    [InlineData("report", "--as-of", "2024-11-18")]
    [InlineData("report", "--as-of", "2024-11-18", "--format", "pdf")]
    [InlineData("report", "--format", "md")]
    [InlineData("timeline")]
    [InlineData("timeline", "United States/ATACMS/Ukraine")]
    [InlineData("timeline", "United States/ATACMS/Ukraine/permission")]
    public async Task Other_usage_errors_exit_with_2(params string[] args)
    {
        Store(WeighingTheMissiles());
        var result = await Run(args);
        Assert.Equal(2, result.Exit);
        Assert.NotEmpty(result.Err);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("timeline", "US/ATACMS/Ukraine/use")]
    [InlineData("claims")]
    [InlineData("report", "--as-of", "2024-11-18", "--format", "md")]
    public async Task Without_a_database_the_status_commands_say_to_ingest_first(params string[] args)
    {
        var result = await Run(args);
        Assert.Equal(2, result.Exit);
        Assert.Contains("run 'docket ingest", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task A_store_without_claims_says_that_no_decision_events_were_extracted()
    {
        Store(DecisionArticle.By("Capital Desk", "2024-01-01", "plain").Build());
        var result = await Run("status");
        Assert.Equal(0, result.Exit);
        Assert.Contains("No decision events are stored yet", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("timeline")]
    [InlineData("claims")]
    [InlineData("report")]
    public async Task Every_status_command_explains_itself_with_help(string command)
    {
        var result = await RunBare(command, "--help");
        Assert.Equal(0, result.Exit);
        Assert.Contains("Description:", result.Out, StringComparison.Ordinal);
        Assert.Contains("--db", result.Out, StringComparison.Ordinal);
        Assert.Contains(command == "report" ? "--format" : "--json", result.Out, StringComparison.Ordinal);
    }

    private async Task<JsonElement> Json(params string[] args)
    {
        var result = await Run([.. args, "--json"]);
        Assert.True(result.Exit == 0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }
}
