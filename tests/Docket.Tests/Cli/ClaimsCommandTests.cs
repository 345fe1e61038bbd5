using System.Text.Json;
using static Docket.Tests.Cli.StatusStories;

namespace Docket.Tests.Cli;

/// <summary><c>docket claims</c> end to end: the raw claims, unedited, with their filters.</summary>
public sealed class ClaimsCommandTests : StatusCliFixture
{
    [Fact]
    public async Task Every_stored_claim_is_listed_with_its_fields_oldest_knowledge_first()
    {
        Store(WeighingTheMissiles());
        Store(RulesOfUseChange().Build());
        var claims = await Json("claims");
        Assert.Equal(7, claims.GetArrayLength());
        Assert.Equal(
            ["id", "article_id", "type", "actor", "recipient", "system", "aspect", "polarity", "certainty", "scope", "date", "sources", "evidence", "span", "trigger", "is_change", "rule", "outlet", "published", "published_estimated", "story_group", "ingested"],
            claims[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2023-09-11", claims[0].GetProperty("published").GetString());
        Assert.True(claims[0].GetProperty("published_estimated").GetBoolean());
        var request = claims.EnumerateArray().Single(c => c.GetProperty("type").GetString() == "REQUEST");
        Assert.Equal("Ukraine", request.GetProperty("actor").GetString());
        Assert.Equal("United States", request.GetProperty("recipient").GetString());
        var warn = claims.EnumerateArray().Single(c => c.GetProperty("type").GetString() == "WARN");
        Assert.Equal(JsonValueKind.Null, warn.GetProperty("aspect").ValueKind);
    }

    [Fact]
    public async Task Claims_filter_by_type_system_roles_and_as_of()
    {
        Store(WeighingTheMissiles());
        Store(RulesOfUseChange().Build());
        Store(DisputedPledge());

        Assert.Equal(["AUTHORIZE"], (await Json("claims", "--type", "authorize")).EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Equal(5, (await Json("claims", "--system", "Army Tactical Missile System")).GetArrayLength());
        Assert.Equal(2, (await Json("claims", "--system", "taurus")).GetArrayLength());

        // A request's asker is the question's recipient: Kyiv's request is among Ukraine's.
        var ukraine = await Json("claims", "--recipient", "Kyiv", "--supplier", "US");
        Assert.Contains(ukraine.EnumerateArray(), c => c.GetProperty("type").GetString() == "REQUEST");
        Assert.DoesNotContain(ukraine.EnumerateArray(), c => c.GetProperty("actor").GetString() == "Germany");

        var early = await Json("claims", "--as-of", "2023-12-31");
        Assert.Equal(4, early.GetArrayLength());
        Assert.All(early.EnumerateArray(), c => Assert.Equal("Capital Desk", c.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task The_text_listing_marks_estimated_dates_story_groups_and_negative_claims()
    {
        var story = RulesOfUseChange();
        Store(WeighingTheMissiles(), story.Build());
        Store(story.CopyBy("Riverside Post"));
        var result = await Run("claims");
        Assert.Equal(0, result.Exit);
        Assert.Contains("~2023-09-11 (estimated)  Capital Desk", result.Out, StringComparison.Ordinal);
        Assert.Contains("PLEDGE NOT United States -> Ukraine: ATACMS transfer; reported", result.Out, StringComparison.Ordinal);
        Assert.Contains("sources: The New York Times <- anonymous U.S. officials", result.Out, StringComparison.Ordinal);
        Assert.Contains("Riverside Post  [", result.Out, StringComparison.Ordinal);
        Assert.Contains("; story group ", result.Out, StringComparison.Ordinal);
        Assert.Contains("10 claims from 2 story groups.", result.Out, StringComparison.Ordinal);
    }

    private async Task<JsonElement> Json(params string[] args)
    {
        var result = await Run([.. args, "--json"]);
        Assert.True(result.Exit == 0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }
}
