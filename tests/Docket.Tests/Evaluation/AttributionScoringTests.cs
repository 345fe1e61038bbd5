using Docket.Core.Evaluation.Attribution;
using Docket.Domain.Text;

namespace Docket.Tests.Evaluation;

/// <summary>How PolNeAR annotations are read and how spans are matched when scoring.</summary>
public sealed class AttributionScoringTests
{
    private const string Text = "Kirby said the review would take weeks, and officials agreed.";

    private static IReadOnlyList<TextSpan> S(int start, int end) => [new TextSpan(start, end)];

    [Fact]
    public void ExactMatchingWantsTheSameCharactersAndOverlapWantsOneInCommon()
    {
        IReadOnlyList<IReadOnlyList<TextSpan>> gold = [S(0, 5)];
        Assert.Equal(new MatchCounts(1, 1, 1), SpanMatcher.Match(Text, gold, [S(0, 5)], exact: true));
        Assert.Equal(new MatchCounts(0, 1, 1), SpanMatcher.Match(Text, gold, [S(0, 4)], exact: true));
        Assert.Equal(new MatchCounts(1, 1, 1), SpanMatcher.Match(Text, gold, [S(4, 10)], exact: false));
        Assert.Equal(new MatchCounts(0, 1, 1), SpanMatcher.Match(Text, gold, [S(5, 10)], exact: false));
    }

    [Fact]
    public void MatchingIsOneToOneAndPrefersTheLargestOverlap()
    {
        IReadOnlyList<IReadOnlyList<TextSpan>> gold = [S(11, 38)];
        var (counts, pairs) = SpanMatcher.Pairs(Text, gold, [S(11, 20), S(11, 38)], exact: false);
        Assert.Equal(new MatchCounts(1, 2, 1), counts);
        Assert.Equal((0, 1), Assert.Single(pairs));
    }

    [Fact]
    public void WhiteSpaceAtPieceEndsDoesNotCountAndPiecesMerge()
    {
        IReadOnlyList<IReadOnlyList<TextSpan>> gold = [[new TextSpan(11, 24), new TextSpan(24, 38)]];
        Assert.Equal(new MatchCounts(1, 1, 1), SpanMatcher.Match(Text, gold, [S(10, 38)], exact: true));
    }

    [Fact]
    public void BratRelationsBecomeSourceCueAndContent()
    {
        var ann = new[]
        {
            "T1\tSource 0 5\tKirby",
            "T2\tCue 6 10\tsaid",
            "T3\tContent 11 25;26 38\tthe review would take weeks",
            "T4\tAttribution 6 10\tsaid",
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            "T5\tCue 54 60\tagreed",
            "T6\tAttribution-no-source 54 60\tagreed",
            "E2\tAttribution-no-source:T6 Cue:T5",
            "T7\tDiscuss 0 3\tKir",
        };
        var relations = PolnearCorpus.ParseAnn(ann);
        Assert.Equal(2, relations.Count);
        Assert.Equal([new TextSpan(0, 5)], relations[0].Source);
        Assert.Equal([new TextSpan(11, 25), new TextSpan(26, 38)], relations[0].Content);
        Assert.Null(relations[1].Source);
        Assert.Null(relations[1].Content);
    }
}
