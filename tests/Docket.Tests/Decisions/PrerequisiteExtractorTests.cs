using Docket.Core.Decisions;
using Docket.Domain.Decisions;

namespace Docket.Tests.Decisions;

public sealed class PrerequisiteExtractorTests
{
    [Fact]
    public void ASentenceThatStatesADependencyNamesEachLinkOfTheChain()
    {
        const string text = "Using HIMARS in Ukraine requires trained crews, spare parts and targeting data from partners.";
        var found = Extract(text);
        Assert.Equal([Requirement.Training, Requirement.SpareParts, Requirement.Intelligence], found.Select(p => p.Requirement));
        Assert.All(found, p => Assert.Equal("Ukraine", p.Recipient));
        Assert.All(found, p => Assert.Equal("operation of HIMARS", p.Capability));
        Assert.All(found, p => Assert.Equal(text, p.Evidence.Of(text)));
        Assert.All(found, p => Assert.Contains(p.Cue.Of(text), new[] { "trained crews", "spare parts", "targeting data" }));
    }

    [Fact]
    public void EachLinkIsRecordedOnceAtItsFirstMention()
    {
        const string text = "Ukraine's strikes depend on training and maintenance. Later the chain of support again requires training and maintenance.";
        Assert.Equal(2, Extract(text).Count);
    }

    [Fact]
    public void ALinkMentionedWithoutADependencyIsNoPrerequisite()
    {
        Assert.Empty(Extract("Ukraine opened a training ground near the border."));
    }

    [Fact]
    public void ALinkReportedMissingIsNamedWithItsState()
    {
        const string text = "Ukrainian pilots aren't trained on the Leopard tanks.";
        var p = Assert.Single(Extract(text));
        Assert.Equal(Requirement.Training, p.Requirement);
        Assert.Equal("lacking", p.State);
    }

    [Fact]
    public void AnAgencyNamedIntelligenceIsNotTheIntelligenceLink()
    {
        Assert.Empty(Extract("The intelligence community must brief Ukraine on the risk."));
    }

    private static List<Prerequisite> Extract(string text)
    {
        var analysis = new AnalysisBuilder(text).Annotate().Build();
        var events = DecisionEventExtractor.Default.Extract(text, analysis);
        return [.. PrerequisiteExtractor.Default.Extract(text, analysis with { Events = events })];
    }
}
