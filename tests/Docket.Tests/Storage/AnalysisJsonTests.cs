using Docket.Domain.Analysis;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;
using Docket.Storage.Serialization;

namespace Docket.Tests.Storage;

public sealed class AnalysisJsonTests
{
    private static readonly ArticleAnalysis Sample = ArticleAnalysis.Empty with
    {
        Tokens = [new Token(new TextSpan(0, 5), "Biden", TokenKind.Word)],
        Attributions = [new Attribution(new TextSpan(1, 2), new TextSpan(3, 9), [new SourceRef("The New York Times", SourceKind.Outlet, new TextSpan(4, 8)), new SourceRef("officials", SourceKind.Anonymous, null)], "said-that")],
        Modality = [new ModalityCue(new TextSpan(10, 13), ModalityKind.Hedge, new TextSpan(10, 30), "likely")],
        Quantities = [new Quantity(new TextSpan(40, 52), "$400 million", 400_000_000m, "USD", "money") { Approximate = true }],
        Events = [new DecisionEvent
        {
            Type = EventType.Authorize,
            Actor = "United States",
            Recipient = "Ukraine",
            System = "ATACMS",
            Aspect = Aspect.Use,
            Certainty = Certainty.Reported,
            Polarity = Polarity.Negative,
            Date = new PartialDate(2024, 11),
            Sources = ["The New York Times"],
            Evidence = new TextSpan(0, 60),
            Trigger = new TextSpan(16, 26),
            IsChange = true,
            Rule = "authorize:verb",
        }],
        Prerequisites = [new Prerequisite { Capability = "long-range strikes", Requirement = Requirement.SpareParts, Evidence = new TextSpan(70, 90), Cue = new TextSpan(75, 86), Rule = "spare parts" }],
    };

    [Fact]
    public void The_stored_form_spells_vocabularies_as_the_gold_format_and_spans_as_pairs()
    {
        var json = AnalysisJson.Serialize(Sample);
        Assert.Contains("\"type\":\"AUTHORIZE\"", json, StringComparison.Ordinal);
        Assert.Contains("\"aspect\":\"use\"", json, StringComparison.Ordinal);
        Assert.Contains("\"polarity\":\"negative\"", json, StringComparison.Ordinal);
        Assert.Contains("\"certainty\":\"reported\"", json, StringComparison.Ordinal);
        Assert.Contains("\"requirement\":\"SPARE_PARTS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"evidence\":[0,60]", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2024-11\"", json, StringComparison.Ordinal);
        Assert.Contains("\"is_change\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analysis_round_trips_except_its_tokens_which_are_not_stored()
    {
        var back = AnalysisJson.Deserialize(AnalysisJson.Serialize(Sample));
        Assert.Empty(back.Tokens);
        Assert.Equal(AnalysisJson.Serialize(Sample), AnalysisJson.Serialize(back));
        Assert.Equal(Sample.Events[0] with { Sources = back.Events[0].Sources }, back.Events[0]);
        Assert.Equal(Sample.Attributions[0].Chain, back.Attributions[0].Chain);
        Assert.Equal(new TextSpan(4, 8), back.Attributions[0].Source);
    }
}
