using Docket.Core.Decisions;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Decisions;

public sealed class DecisionEventExtractorTests
{
    [Theory]
    [InlineData("Germany will send Leopard tanks to Ukraine.", "PLEDGE Germany>Ukraine Leopard positive asserted")]
    [InlineData("Germany has sent Leopard tanks to Ukraine.", "DELIVER Germany>Ukraine Leopard positive asserted")]
    [InlineData("Germany will not send Leopard tanks to Ukraine.", "DENY Germany>Ukraine Leopard positive asserted")]
    [InlineData("Germany never sent its Leopard tanks to Ukraine.", "DELIVER Germany>Ukraine Leopard negative asserted")]
    [InlineData("Germany has not committed to delivering Taurus missiles to Ukraine.", "PLEDGE Germany>Ukraine Taurus negative asserted")]
    [InlineData("Berlin is unlikely to send Taurus missiles to Ukraine.", "DENY Germany>Ukraine Taurus positive hedged")]
    [InlineData("Washington is still not inclined to provide ATACMS to Kyiv.", "DENY United States>Ukraine ATACMS positive asserted")]
    [InlineData("Ukraine has repeatedly asked Germany for Taurus missiles.", "REQUEST Ukraine>Germany Taurus positive asserted")]
    [InlineData("The Pentagon is considering sending ATACMS to Ukraine.", "REVIEW United States>Ukraine ATACMS positive asserted")]
    [InlineData("Moscow warned Germany against sending Taurus missiles to Kyiv.", "WARN Russia>Germany - positive asserted")]
    [InlineData("The United States authorized Ukraine to use ATACMS against targets inside Russia.", "AUTHORIZE United States>Ukraine ATACMS positive asserted")]
    [InlineData("Washington currently authorizes Ukraine to only hit Russian targets in occupied areas.", "RESTRICT United States>Ukraine - positive asserted")]
    [InlineData("Britain has lifted a ban on Ukraine using Storm Shadow missiles inside Russia.", "AUTHORIZE United Kingdom>Ukraine Storm Shadow positive asserted")]
    [InlineData("Germany will deliver HIMARS and howitzers to Ukraine.", "PLEDGE Germany>Ukraine HIMARS positive asserted|PLEDGE Germany>Ukraine howitzers positive asserted")]
    [InlineData("Ukraine received Leopard tanks from Poland.", "DELIVER Poland>Ukraine Leopard positive asserted")]
    [InlineData("Germany has declined to provide Ukraine more modern tanks, such as the Leopard.", "DENY Germany>Ukraine Leopard positive asserted")]
    [InlineData("The missiles would let Ukraine reach Russian supply lines in Crimea.", "")]
    [InlineData("Germany allowed Ukraine to fire Leopard tanks at Russia, but that permission did not extend to Taurus.", "AUTHORIZE Germany>Ukraine Leopard positive asserted")]
    public void ReadsTheEventOfASentence(string text, string expected)
    {
        Assert.Equal(expected, Describe(text, new AnalysisBuilder(text).Annotate()));
    }

    [Fact]
    public void CoordinatedSuppliersAreOneEventEach()
    {
        const string text = "The United States, Poland and the United Kingdom will send HIMARS to Ukraine.";
        Assert.Equal(
            "PLEDGE United States>Ukraine HIMARS positive asserted|PLEDGE Poland>Ukraine HIMARS positive asserted|PLEDGE United Kingdom>Ukraine HIMARS positive asserted",
            Describe(text, new AnalysisBuilder(text).Annotate()));
    }

    [Fact]
    public void AnAttributedEventIsReportedWithItsSources()
    {
        const string text = "The Pentagon will send HIMARS to Ukraine, officials said.";
        var events = Extract(new AnalysisBuilder(text).Annotate().Said("said", "officials", "The Pentagon will send HIMARS to Ukraine", SourceKind.Anonymous));
        var e = Assert.Single(events);
        Assert.Equal(Certainty.Reported, e.Certainty);
        Assert.Equal(["anonymous officials"], e.Sources);
    }

    [Fact]
    public void ARequestQuotedFromItsAuthorIsAssertedWithTheSpeakerAsSource()
    {
        const string text = "\"We need Taurus missiles,\" Kyiv's envoy said. Ukraine has asked Berlin for Taurus missiles.";
        var events = Extract(new AnalysisBuilder(text).Annotate().Said("said", "Kyiv", "We need Taurus missiles,", SourceKind.Person));
        var first = events[0];
        Assert.Equal(EventType.Request, first.Type);
        Assert.Equal("Ukraine", first.Actor);
        Assert.Equal(Certainty.Asserted, first.Certainty);
        Assert.Equal(["Kyiv"], first.Sources);
    }

    [Fact]
    public void AUseAuthorizationHasAspectUseAndScopeNamesTheLimit()
    {
        const string text = "The United States authorized Ukraine to use ATACMS against targets inside Russia.";
        var e = Assert.Single(Extract(new AnalysisBuilder(text).Annotate()));
        Assert.Equal(Aspect.Use, e.Aspect);
        Assert.NotNull(e.Scope);
        Assert.Contains("inside Russia", e.Scope, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The United States authorized Ukraine to use U.S.-made long-range weapons inside Russia. Ukraine is likely to use ATACMS in Kursk.", "ATACMS")]
    [InlineData("The United States authorized Ukraine to use U.S.-made long-range weapons inside Russia. ATACMS and Storm Shadow missiles are candidates.", "long-range rockets")]
    [InlineData("The United States authorized Ukraine to use long-range weapons against Russia. Ukraine is likely to use ATACMS in Kursk.", "long-range rockets")]
    [InlineData("Poland offered MiG-29 jets. The United States authorized Ukraine to use fighter aircraft against Russia.", null)]
    public void AClassPhraseKeepsItsLabelUnlessAnOriginLeavesOneNamedSystem(string text, string? system)
    {
        var e = Extract(new AnalysisBuilder(text).Annotate()).First(e => e.Type == EventType.Authorize);
        Assert.Equal(system, e.System);
        Assert.Equal(Aspect.Use, e.Aspect);
    }

    [Theory]
    [InlineData("Russia claims to have destroyed the Germany-supplied Leopard tanks.", "DELIVER Germany>Ukraine Leopard positive asserted")]
    [InlineData("Russia claims to have destroyed the Germany-made Leopard tanks.", "")]
    [InlineData("Russia claims to have destroyed the Germany-supplied tanks.", "")]
    public void APartySuppliedNamedSystemIsADeliveryByThatParty(string text, string expected)
    {
        Assert.Equal(expected, Describe(text, new AnalysisBuilder(text).Annotate()));
    }

    [Theory]
    [InlineData("The United States authorized Ukraine to use the weapons against Russia.", "use")]
    [InlineData("The United States authorized the transfer of HIMARS to Ukraine.", "transfer")]
    public void PermissionToUseIsAboutUse(string text, string aspect)
    {
        var e = Assert.Single(Extract(new AnalysisBuilder(text).Annotate()), e => e.Type == EventType.Authorize);
        Assert.Equal(aspect, e.Aspect?.ToString().ToLowerInvariant());
    }

    [Fact]
    public void TheDateIsTheTimeExpressionOfTheEventsClause()
    {
        const string text = "Germany on Wednesday said it will send Leopard tanks to Ukraine.";
        var e = Assert.Single(Extract(new AnalysisBuilder(text).Annotate().Time("Wednesday", "2023-01-25")));
        Assert.Equal("2023-01-25", e.Date?.ToString());
    }

    [Fact]
    public void AnEventPresentedAsAReversalIsMarkedAsAChange()
    {
        const string text = "For the first time, Germany will send Leopard tanks to Ukraine.";
        Assert.True(Assert.Single(Extract(new AnalysisBuilder(text).Annotate())).IsChange);
    }

    [Fact]
    public void AQuestionOrAConditionReportsNoDecision()
    {
        const string text = "Asked if Germany would send Taurus missiles to Ukraine, the minister did not answer.";
        Assert.Empty(Extract(new AnalysisBuilder(text).Annotate()));
    }

    [Fact]
    public void AHeadlineRepeatedInTheBodyIsNotEvidence()
    {
        const string text = "Germany to send Leopard tanks to Ukraine\n\nGermany will send Leopard tanks to Ukraine.";
        var analysis = new AnalysisBuilder(text).Annotate().Build();
        var events = DecisionEventExtractor.Default.Extract(text, analysis, "Germany to send Leopard tanks to Ukraine");
        var e = Assert.Single(events);
        Assert.StartsWith("Germany will", e.Evidence.Of(text), StringComparison.Ordinal);
    }

    [Fact]
    public void ADefinitePhraseTakesTheSystemNamedBeforeIt()
    {
        const string text = "Poland announced it would provide Leopard tanks. Germany said the tanks will be sent to Ukraine soon.";
        var events = Extract(new AnalysisBuilder(text).Annotate());
        Assert.Contains(events, e => e.Type == EventType.Deliver && e.System == "Leopard" && e.Certainty == Certainty.Expected);
    }

    [Fact]
    public void EveryEventCarriesItsSentenceAsEvidenceAndItsTriggerInsideIt()
    {
        var fragments = new[]
        {
            "Germany will send Leopard tanks to Ukraine.", "Ukraine has asked Berlin for Taurus missiles.", "Moscow warned of war.",
            "The Pentagon is weighing ATACMS.", "Officials said nothing.", "Britain never sent Storm Shadow missiles.", "It rained.",
            "Washington will not provide ATACMS to Kyiv.", "\"We need HIMARS,\" he said.",
        };
        Prop.ForAll(
            Gen.Elements(fragments).ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary(),
            text =>
            {
                var analysis = new AnalysisBuilder(text).Annotate().Build();
                var events = DecisionEventExtractor.Default.Extract(text, analysis);
                return events.All(e =>
                    analysis.Sentences.Any(s => s.Span == e.Evidence) && e.Evidence.Contains(e.Trigger) && !string.IsNullOrEmpty(e.Rule));
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnEmptyAnalysisGivesNoEvents()
    {
        Assert.Empty(DecisionEventExtractor.Default.Extract(string.Empty, ArticleAnalysis.Empty));
    }

    private static List<DecisionEvent> Extract(AnalysisBuilder builder) =>
        [.. DecisionEventExtractor.Default.Extract(builder.Text, builder.Build())];

    private static string Describe(string text, AnalysisBuilder builder) =>
        string.Join('|', Extract(builder).Select(e =>
            $"{GoldNames.Of(e.Type)} {e.Actor}>{e.Recipient} {e.System ?? "-"} {GoldNames.Of(e.Polarity)} {GoldNames.Of(e.Certainty)}"));
}
