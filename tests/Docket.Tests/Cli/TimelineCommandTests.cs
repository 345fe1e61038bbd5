using System.Text.Json;
using static Docket.Tests.Cli.StatusStories;

namespace Docket.Tests.Cli;

/// <summary><c>docket timeline QUESTION</c> end to end.</summary>
public sealed class TimelineCommandTests : StatusCliFixture
{
    [Theory]
    [InlineData("United States/ATACMS/Ukraine/use")]
    [InlineData("US:ATACMS:Ukraine:use")]
    [InlineData("u.s./atacms/kyiv/USE")]
    [InlineData(" Washington / Army Tactical Missile System / Ukraine / use ")]
    public async Task The_timeline_lists_the_states_oldest_first_under_any_spelling_of_the_question(string question)
    {
        Store(RulesOfUseChange().Build());
        var result = await Run("timeline", question, "--json");
        Assert.Equal(0, result.Exit);
        var t = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["supplier", "system", "recipient", "aspect", "as_of", "timeline", "signals", "contradictions"], t.EnumerateObject().Select(p => p.Name));
        Assert.Equal("United States", t.GetProperty("supplier").GetString());
        Assert.Equal("ATACMS", t.GetProperty("system").GetString());
        Assert.Equal(["RESTRICTED", "AUTHORIZED"], t.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.All(t.GetProperty("timeline").EnumerateArray(), s => Assert.NotEqual(0, s.GetProperty("claims").GetArrayLength()));
        var warning = Assert.Single(t.GetProperty("signals").EnumerateArray());
        Assert.Equal("WARN", warning.GetProperty("claim").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_text_timeline_places_states_signals_and_claims_in_time_order()
    {
        Store(ClassRestriction());
        Store(RulesOfUseChange().Build());
        var result = await Run("timeline", "United States/ATACMS/Ukraine/use");
        Assert.Equal(0, result.Exit);
        var o = result.Out;
        Assert.StartsWith("United States / ATACMS / Ukraine / use, as known from everything stored", o, StringComparison.Ordinal);
        Assert.Contains("2 states, 1 signal, 0 contradictions.", o, StringComparison.Ordinal);
        var restricted = o.IndexOf("2024-04-24  RESTRICTED", StringComparison.Ordinal);
        var authorized = o.IndexOf("2024-11-17  AUTHORIZED", StringComparison.Ordinal);
        var signal = o.IndexOf("· signal (context", StringComparison.Ordinal);
        Assert.True(restricted >= 0 && authorized > restricted && signal > authorized, o);
        Assert.Contains("RESTRICT (reported, dated 2024-04-24) \"Ukraine may use the long-range missiles", o, StringComparison.Ordinal);
    }

    [Fact]
    public async Task As_of_a_date_the_timeline_holds_only_what_was_published_by_then()
    {
        Store(SecretDelivery());
        var then = JsonDocument.Parse((await Run("timeline", "US/ATACMS/Ukraine/transfer", "--as-of", "2023-10-10", "--json")).Out).RootElement;
        Assert.Equal(["UNDER_REVIEW"], then.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal("2023-10-10", then.GetProperty("as_of").GetString());
        var now = JsonDocument.Parse((await Run("timeline", "US/ATACMS/Ukraine/transfer", "--json")).Out).RootElement;
        Assert.Equal(["UNDER_REVIEW", "DELIVERED"], now.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_contradiction_is_shown_on_the_timeline()
    {
        Store(DisputedPledge());
        var result = await Run("timeline", "Germany/Taurus/Ukraine/transfer");
        Assert.Equal(0, result.Exit);
        Assert.Contains("CONTRADICTION", result.Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse((await Run("timeline", "Germany/Taurus/Ukraine/transfer", "--json")).Out).RootElement;
        Assert.Equal(1, json.GetProperty("contradictions").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_question_exits_1_and_lists_the_closest_known_questions()
    {
        Store(WeighingTheMissiles());
        Store(RulesOfUseChange().Build());
        var result = await Run("timeline", "United States/ATACMS/Ukrain/use");
        Assert.Equal(1, result.Exit);
        Assert.Contains("no claim bears on United States / ATACMS / Ukrain / use", result.Err, StringComparison.Ordinal);
        Assert.Contains("Closest known questions:", result.Err, StringComparison.Ordinal);
        var first = result.Err.Split('\n').SkipWhile(l => !l.StartsWith("Closest", StringComparison.Ordinal)).Skip(1).First();
        Assert.Contains("\"United States/ATACMS/Ukraine/use\"", first, StringComparison.Ordinal);
        Assert.Contains("\"United States/ATACMS/Ukraine/transfer\"", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_known_only_later_is_unknown_as_of_an_earlier_date()
    {
        Store(RulesOfUseChange().Build());
        var result = await Run("timeline", "United States/ATACMS/Ukraine/use", "--as-of", "2024-01-01");
        Assert.Equal(1, result.Exit);
        Assert.Contains("as known on 2024-01-01", result.Err, StringComparison.Ordinal);
    }
}
