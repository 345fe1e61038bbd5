using Docket.Core.Analysis.Modality;
using Docket.Domain.Text;

namespace Docket.Tests.Analysis.Modality;

public sealed class ModalityIndexTests
{
    private static ModalityAssessment Assess(string text, string trigger)
    {
        var index = new ModalityIndex(ModalityExtractor.Extract(text));
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        return index.Assess(new TextSpan(start, start + trigger.Length));
    }

    [Fact]
    public void ANegatedPledgeIsNegated()
    {
        var a = Assess("He stressed that President Biden has not committed to delivering ATACMS.", "committed");
        Assert.True(a.Negated);
        Assert.False(a.Hedged);
    }

    [Fact]
    public void ATriggerBeforeTheCueIsNotGovernedByIt()
    {
        var a = Assess("The U.S. approved the package and will not send jets.", "approved");
        Assert.Equal(ModalityAssessment.None, a);
    }

    [Fact]
    public void AHedgedDenialIsBothHedgedAndNegated()
    {
        var a = Assess("The longer-range equipment is likely not to be provided.", "provided");
        Assert.True(a.Hedged);
        Assert.True(a.Negated);
    }

    [Fact]
    public void TwoNegationsCancel()
    {
        var a = Assess("No one has ruled out sending tanks.", "sending");
        Assert.False(a.Negated);
        Assert.Equal(2, a.Cues.Count);
    }

    [Fact]
    public void ReportedWouldIsTheFutureInThePast()
    {
        var a = Assess("The United Kingdom announced Wednesday it would provide Starstreak.", "provide");
        Assert.True(a.Future);
        Assert.False(a.Hedged);
    }
}
