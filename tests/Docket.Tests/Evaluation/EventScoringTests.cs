using System.Text.Json;
using Docket.Core.Evaluation;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Tests.Evaluation;

public sealed class EventScoringTests
{
    private const string Text = "Germany will send Leopard tanks to Ukraine. Moscow warned of war.";

    [Fact]
    public void AnEventMatchesOnTypeActorRecipientPolarityAndOverlappingEvidence()
    {
        var scoring = new EventScoring();
        var matched = scoring.AddEvents("d", Text, [Gold("PLEDGE", "Leopard")], [Predicted("PLEDGE", "Leopard", 0, 43)]);
        Assert.Equal(1, matched);
        Assert.Equal(1.0, scoring.Events.F1, 6);
    }

    [Theory]
    [InlineData("DELIVER", "Leopard", 0, 43)] // another type
    [InlineData("PLEDGE", "Marder", 0, 43)] // another named system
    [InlineData("PLEDGE", "Leopard", 44, 65)] // another sentence
    public void AnyDisagreementOnTheKeyFieldsIsAMissAndAFalseAlarm(string type, string system, int start, int end)
    {
        var scoring = new EventScoring();
        Assert.Equal(0, scoring.AddEvents("d", Text, [Gold("PLEDGE", "Leopard")], [Predicted(type, system, start, end)]));
        Assert.Equal(["miss", "false alarm"], scoring.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void ANullSystemOnEitherSideMatchesButExactSystemsArePairedFirst()
    {
        var scoring = new EventScoring();
        var gold = new[] { Gold("PLEDGE", "Leopard"), Gold("PLEDGE", null) };
        var predicted = new[] { Predicted("PLEDGE", null, 0, 43), Predicted("PLEDGE", "Leopard", 0, 43) };
        Assert.Equal(2, scoring.AddEvents("d", Text, gold, predicted));
    }

    [Fact]
    public void MatchingIsOneToOne()
    {
        var scoring = new EventScoring();
        Assert.Equal(1, scoring.AddEvents("d", Text, [Gold("PLEDGE", "Leopard")], [Predicted("PLEDGE", "Leopard", 0, 43), Predicted("PLEDGE", "Leopard", 0, 43)]));
        Assert.Equal(0.5, scoring.Events.Precision, 6);
        Assert.Equal(1.0, scoring.Events.Recall, 6);
    }

    [Fact]
    public void AgreementsAreSharesOfTheMatchedEventsAndSourcesCompareAsSets()
    {
        var scoring = new EventScoring();
        var gold = Gold("PLEDGE", "Leopard") with { Date = "2023-01-25", Sources = ["A", "B"] };
        var predicted = new Predicted<EventGold.Event>(Gold("PLEDGE", "Leopard") with { Date = "2023-01", Sources = ["b", "a"], Certainty = "reported" }, new TextSpan(0, 43));
        scoring.AddEvents("d", Text, [gold], [predicted]);
        Assert.Equal(0.0, scoring.Events.DateAgreement, 6);
        Assert.Equal(1.0, scoring.Events.SourcesAgreement, 6);
        Assert.Equal(0.0, scoring.Events.CertaintyAgreement, 6);
        Assert.Equal(1.0, scoring.Events.AspectAgreement, 6);
        Assert.Contains("date 2023-01-25 vs 2023-01", Assert.Single(scoring.Notes).Item, StringComparison.Ordinal);
    }

    [Fact]
    public void GoldEvidenceIsFoundVerbatimOrWithWhitespaceRunsCollapsed()
    {
        const string text = "First.\nGermany will\u00a0send  tanks.";
        Assert.Equal(new TextSpan(7, 32), EventScoring.Locate(text, "Germany will send tanks."));
        Assert.True(EventScoring.Locate(text, "Not there.").IsEmpty);
    }

    [Fact]
    public void PrerequisitesMatchOnRequirementRecipientAndEvidence()
    {
        var scoring = new EventScoring();
        var gold = new EventGold.Prerequisite("use of tanks", "Ukraine", "TRAINING", null, null, "Germany will send Leopard tanks to Ukraine.");
        var good = new Predicted<EventGold.Prerequisite>(gold with { Capability = "anything" }, new TextSpan(0, 43));
        var other = new Predicted<EventGold.Prerequisite>(gold with { Requirement = "MEDICAL" }, new TextSpan(0, 43));
        Assert.Equal(1, scoring.AddPrerequisites("d", Text, [gold], [good, other]));
        Assert.Equal(0.5, scoring.Prerequisites.Precision, 6);
    }

    [Fact]
    public void PredictionsRoundTripThroughTheGoldShape()
    {
        var e = new DecisionEvent
        {
            Type = EventType.Restrict,
            Actor = "United States",
            Recipient = "Ukraine",
            Aspect = Aspect.Use,
            Certainty = Certainty.Hedged,
            Date = new PartialDate(2024, 11),
            Sources = ["The New York Times"],
            Evidence = new TextSpan(0, 43),
            Trigger = new TextSpan(13, 17),
            Rule = "test",
        };
        var json = EventGold.ToJson([EventGold.From(e, Text)]);
        using var doc = JsonDocument.Parse($"{{\"events\":{json.ToJsonString()}}}");
        var back = Assert.Single(EventGold.ReadEvents(doc.RootElement));
        Assert.Equal(("RESTRICT", "use", "hedged", "2024-11", "positive"), (back.Type, back.Aspect, back.Certainty, back.Date, back.Polarity));
        Assert.Equal("Germany will send Leopard tanks to Ukraine.", back.Evidence);
        Assert.Null(back.System);
    }

    private static EventGold.Event Gold(string type, string? system) =>
        new(type, "Germany", "Ukraine", system, "transfer", "positive", "asserted", null, null, [], "Germany will send Leopard tanks to Ukraine.");

    private static Predicted<EventGold.Event> Predicted(string type, string? system, int start, int end) =>
        new(Gold(type, system) with { Evidence = Text[start..end] }, new TextSpan(start, end));
}
