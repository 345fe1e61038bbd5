using Docket.Core.Reconcile;
using static Docket.Domain.Decisions.EventType;

namespace Docket.Tests.Reconcile;

public sealed class SourceStandingTests
{
    [Theory]
    [InlineData(new string[0], 3)]
    [InlineData(new[] { "John Kirby" }, 3)]
    [InlineData(new[] { "Pentagon" }, 3)]
    [InlineData(new[] { "John Kirby", "National Security Council" }, 2)]
    [InlineData(new[] { "anonymous U.S. officials" }, 1)]
    [InlineData(new[] { "three people familiar with the discussions" }, 1)]
    [InlineData(new[] { "US officials" }, 1)]
    [InlineData(new[] { "media reports" }, 1)]
    [InlineData(new[] { "The New York Times", "anonymous U.S. officials" }, 0)]
    public void RankPutsOnRecordBeforeAnonymousThenPrimaryBeforeRelay(string[] sources, int rank)
    {
        Assert.Equal(rank, SourceStanding.Of(ClaimFactory.Make(Deny, sources: sources).Event).Rank);
    }
}
