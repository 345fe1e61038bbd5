using Docket.Core.Analysis.Attribution;
using Docket.Domain.Text;

namespace Docket.Tests.Analysis.Attribution;

public sealed class AttributionIndexTests
{
    private static string Chain(string text, string trigger)
    {
        var index = new AttributionIndex(AttributionExtractor.Extract(text));
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        return string.Join(" | ", index.ChainFor(new TextSpan(start, start + trigger.Length)).Select(c => c.Name));
    }

    [Fact]
    public void AReportedClaimGetsItsChainRelayFirst()
    {
        var text = "Kyiv may now hit depots across the border, Politico reported on Monday, citing anonymous White House officials.";
        Assert.Equal("Politico | anonymous White House officials", Chain(text, "hit"));
    }

    [Fact]
    public void NestedAttributionsJoinOutermostFirst()
    {
        var text = "\"Nothing has changed in our policy,\" Cohen told the broadcaster Channel 12 on Monday, Ynet reported.";
        Assert.Equal("Ynet | Channel 12 | Cohen", Chain(text, "changed"));
    }

    [Fact]
    public void SourcesOutwardFollowTheGoldOrder()
    {
        var text = "\"Nothing has changed in our policy,\" Cohen told the broadcaster Channel 12 on Monday, Ynet reported.";
        var index = new AttributionIndex(AttributionExtractor.Extract(text));
        var start = text.IndexOf("changed", StringComparison.Ordinal);
        Assert.Equal(["Cohen", "Channel 12", "Ynet"], index.SourcesOutward(new TextSpan(start, start + 7)).Select(c => c.Name).ToArray());
    }

    [Fact]
    public void WhatTheOutletAssertsHasNoChain()
    {
        var text = "Germany delivered two more launchers on Monday. Officials said training had started.";
        Assert.Equal("", Chain(text, "delivered"));
        Assert.Equal("anonymous officials", Chain(text, "training"));
    }

    [Fact]
    public void BeliefsAndStancesDoNotMakeAClaimReported()
    {
        var text = "Kyiv wants the United States to send ATACMS.";
        Assert.Equal("", Chain(text, "send"));
        var index = new AttributionIndex(AttributionExtractor.Extract(text));
        Assert.Single(index.Covering(new TextSpan(text.IndexOf("send", StringComparison.Ordinal), text.IndexOf("send", StringComparison.Ordinal) + 4)));
    }
}
