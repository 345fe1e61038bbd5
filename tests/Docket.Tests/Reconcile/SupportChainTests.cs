using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using static Docket.Domain.Decisions.EventType;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class SupportChainTests
{
    private static PrerequisiteMention Mention(Requirement r, string? state = null, string recipient = "Ukraine", string published = "2024-05-01") => new()
    {
        ArticleId = "analysis-1",
        Outlet = "Test Review",
        Published = Date(published),
        EvidenceText = "The capability depends on it.",
        Prerequisite = new Prerequisite
        {
            Capability = "long-range strikes",
            Recipient = recipient,
            Requirement = r,
            Provider = "Western partners",
            State = state,
            Evidence = new TextSpan(0, 10),
            Cue = new TextSpan(0, 4),
            Rule = "test",
        },
    };

    [Fact]
    public void EveryLinkIsListedWithWhetherTheReportingNamesIt()
    {
        var links = SupportChain.Assess("Ukraine", [Mention(Requirement.Training), Mention(Requirement.Intelligence, recipient: "Poland")], []);

        Assert.Equal(Enum.GetValues<Requirement>().Length, links.Count);
        Assert.Equal(LinkState.Mentioned, links.Single(l => l.Requirement == Requirement.Training).State);
        Assert.Equal(LinkState.NotMentioned, links.Single(l => l.Requirement == Requirement.Intelligence).State);
    }

    [Fact]
    public void TheLatestSupportReportGivesTheLinksState()
    {
        var claims = new[]
        {
            Make(EventType.Support, aspect: Aspect.Use, scope: "training for Ukrainian crews began", date: "2024-05-10", published: "2024-05-10"),
            Make(EventType.Support, aspect: Aspect.Use, scope: "spare parts and maintenance", polarity: Polarity.Negative, date: "2024-05-12", published: "2024-05-12"),
            Make(EventType.Support, aspect: Aspect.Use, scope: "intelligence sharing", certainty: Certainty.Expected, date: "2024-05-12", published: "2024-05-12"),
            Make(EventType.Support, aspect: Aspect.Use, scope: "training completed", polarity: Polarity.Negative, date: "2024-04-01", published: "2024-04-01"),
        };

        var links = SupportChain.Assess("Ukraine", [Mention(Requirement.Training)], claims).ToDictionary(l => l.Requirement);

        Assert.Equal(LinkState.ReportedInPlace, links[Requirement.Training].State);
        Assert.Equal(2, links[Requirement.Training].Reports.Count);
        Assert.Equal(LinkState.ReportedLacking, links[Requirement.SpareParts].State);
        Assert.Equal(LinkState.ReportedLacking, links[Requirement.Maintenance].State);
        Assert.Equal(LinkState.Planned, links[Requirement.Intelligence].State);
        Assert.Equal(LinkState.NotMentioned, links[Requirement.Medical].State);
    }

    [Theory]
    [InlineData("delayed", LinkState.ReportedLacking)]
    [InlineData("not yet shipped", LinkState.ReportedLacking)]
    [InlineData("now under way", LinkState.ReportedInPlace)]
    [InlineData("began", LinkState.ReportedInPlace)]
    [InlineData("will begin next month", LinkState.Planned)]
    public void AMentionsOwnStateWordsAreRead(string words, LinkState expected)
    {
        var link = SupportChain.Assess("Ukraine", [Mention(Requirement.Logistics, words)], []).Single(l => l.Requirement == Requirement.Logistics);
        Assert.Equal(expected, link.State);
        Assert.Equal(words, link.ReportedState);
    }

    [Fact]
    public void AsOfLeavesOutWhatWasNotYetPublished()
    {
        var links = SupportChain.Assess("Ukraine", [Mention(Requirement.Medical, published: "2024-06-01")], [], asOf: Day("2024-05-01"));
        Assert.Equal(LinkState.NotMentioned, links.Single(l => l.Requirement == Requirement.Medical).State);
    }

    [Theory]
    [InlineData("crew training, repair lines, spare parts, visiting technicians and medical care", new[] { Requirement.Training, Requirement.Maintenance, Requirement.SpareParts, Requirement.Personnel, Requirement.Medical })]
    [InlineData("targeting data and Starlink terminals", new[] { Requirement.Intelligence, Requirement.Communications })]
    [InlineData("a database of nothing", new Requirement[0])]
    public void RequirementsAreReadFromWordStarts(string text, Requirement[] expected)
    {
        Assert.Equal(expected, SupportChain.RequirementsOf(text));
    }
}
