using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using static Docket.Domain.Decisions.EventType;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class StatusReconcilerTests
{
    private static readonly StatusReconciler Reconciler = StatusReconciler.Default;

    private static string Path(StatusTimeline t) => string.Join(" -> ", t.Transitions.Select(x => GoldNames.Of(x.Status)));

    private static string? Name(DecisionStatus? s) => s is null ? null : GoldNames.Of(s.Value);

    [Fact]
    public void ARequestMovesToRequestedOnlyWhenNothingIsInEffect()
    {
        var claims = new[]
        {
            Request(date: "2023-05-01", published: "2023-05-01"),
            Make(Review, date: "2023-06-01", published: "2023-06-01"),
            Request(date: "2023-07-01", published: "2023-07-01"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal("REQUESTED -> UNDER_REVIEW", Path(status.Timeline));
        Assert.Equal(DecisionStatus.UnderReview, status.Status);
        var pending = Assert.Single(status.Signals, s => s.Kind == SignalKind.PendingRequest);
        Assert.Equal(DecisionStatus.UnderReview, pending.PointsTo);
    }

    [Fact]
    public void AUseRequestIsPendingOnAPermissionStateAlreadyInEffect()
    {
        var claims = new[]
        {
            Make(Restrict, aspect: Aspect.Use, date: "2024-05-01", published: "2024-05-01", scope: "occupied areas only"),
            Request(aspect: Aspect.Use, date: "2024-06-01", published: "2024-06-01"),
        };

        var status = Reconciler.Query(claims, Question(aspect: Aspect.Use));

        Assert.Equal(DecisionStatus.Restricted, status.Status);
        Assert.Equal("occupied areas only", status.Scope);
        Assert.Contains(status.Signals, s => s.Kind == SignalKind.PendingRequest && s.PointsTo == DecisionStatus.Restricted);
    }

    [Fact]
    public void ARequestAtTheSameTimeAsAnotherStateYieldsToIt()
    {
        var claims = new[] { Request(), Make(Deny) };
        Assert.Equal(DecisionStatus.Denied, Reconciler.Query(claims, Question()).Status);
    }

    [Fact]
    public void ANegativePledgeSupportsTheReviewButNeverMovesTheState()
    {
        var review = Make(Review, date: "2023-09-11", published: "2023-09-11");
        var notCommitted = Make(Pledge, polarity: Polarity.Negative, published: "2023-09-12");

        var status = Reconciler.Query([review, notCommitted], Question());

        Assert.Equal(DecisionStatus.UnderReview, status.Status);
        Assert.Contains(notCommitted, status.SupportingClaims);
        Assert.Equal(2, status.Corroboration);
        Assert.Null(Reconciler.Query([notCommitted], Question()).Status);
    }

    [Fact]
    public void ANegativePledgeAfterAPledgeIsANegationSignalNotAChange()
    {
        var claims = new[]
        {
            Make(Pledge, date: "2023-01-01", published: "2023-01-01"),
            Make(Pledge, polarity: Polarity.Negative, published: "2023-02-01"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal(DecisionStatus.Pledged, status.Status);
        Assert.Contains(status.Timeline.Signals, s => s.Kind == SignalKind.Negation);
    }

    [Fact]
    public void AnAuthorizationToTransferMeansPledged()
    {
        Assert.Equal(DecisionStatus.Pledged, Reconciler.Query([Make(Authorize)], Question()).Status);
    }

    [Theory]
    [InlineData(Certainty.Hedged)]
    [InlineData(Certainty.Expected)]
    public void HedgedAndExpectedClaimsAreSignalsThatNeverMoveTheState(Certainty certainty)
    {
        var claims = new[]
        {
            Make(Deny, date: "2022-09-01", published: "2022-09-01"),
            Make(Pledge, certainty: certainty, date: "2022-10-01", published: "2022-10-01"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal(DecisionStatus.Denied, status.Status);
        var signal = Assert.Single(status.Signals, s => s.Kind == SignalKind.Tentative);
        Assert.Equal(DecisionStatus.Pledged, signal.PointsTo);
    }

    [Fact]
    public void WithNoStateTheLatestTentativeSignalIsShownAsTentativeOnly()
    {
        var status = Reconciler.Query([Make(Review, certainty: Certainty.Hedged)], Question());

        Assert.Null(status.Status);
        Assert.Equal(DecisionStatus.UnderReview, status.Tentative);
        Assert.Empty(status.Timeline.Transitions);
    }

    [Fact]
    public void ANegativeDenyNeverMovesToDeniedAndCancelsADenialInItsOwnArticle()
    {
        // "It has not been ruled out or officially denied", beside "the Pentagon had declined",
        // and four claims that it is still being studied: the article says UNDER_REVIEW.
        var article = "cnn-gray-eagle";
        var claims = new[]
        {
            Make(Review, article: article, sources: ["two anonymous officials"]),
            Make(Review, article: article, sources: ["anonymous US official"]),
            Make(Deny, article: article, polarity: Polarity.Negative, sources: ["anonymous US official"]),
            Make(Deny, article: article, sources: ["The Wall Street Journal"]),
        };

        var own = Reconciler.Query(claims, Question());
        Assert.Equal(DecisionStatus.UnderReview, own.Status);
        Assert.Contains(own.Timeline.Signals, s => s.Kind == SignalKind.Negation && s.PointsTo == DecisionStatus.Denied);
        Assert.Contains(own.Timeline.Signals, s => s.Kind == SignalKind.Outranked && s.Claim.Event.Type == Deny);
    }

    [Fact]
    public void AUseIsEvidenceOfThePermissionInEffectNeverAChange()
    {
        var claims = new[]
        {
            Make(Authorize, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-17"),
            Make(Use, aspect: Aspect.Use, actor: "Ukraine", recipient: null, date: "2024-11-19", published: "2024-11-19"),
        };

        var status = Reconciler.Query(claims, Question(aspect: Aspect.Use));

        Assert.Equal("AUTHORIZED", Path(status.Timeline));
        var use = Assert.Single(status.Signals, s => s.Kind == SignalKind.UseEvidence);
        Assert.Equal(DecisionStatus.Authorized, use.PointsTo);
        Assert.Null(Reconciler.Query([claims[1]], Question(aspect: Aspect.Use)).Status);
    }

    [Fact]
    public void WarningsDeploymentsAndSupportInTheArticleAreContextSignals()
    {
        var article = "nyt-relay";
        var claims = new[]
        {
            Make(Authorize, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17"),
            Make(Warn, system: null, aspect: null, actor: "Russia", recipient: "NATO", article: article, published: "2024-11-17"),
            Make(Deploy, system: null, aspect: null, actor: "North Korea", recipient: "Russia", article: article, published: "2024-11-17"),
            Make(Warn, system: null, aspect: null, actor: "Russia", recipient: "NATO", published: "2024-11-17"),
        };

        var status = Reconciler.Query(claims, Question(aspect: Aspect.Use));

        Assert.Equal(DecisionStatus.Authorized, status.Status);
        Assert.Equal(2, status.Timeline.Signals.Count(s => s.Kind == SignalKind.Context));
    }

    [Fact]
    public void WithinOneArticleTheNewsOfAChangeOutranksItsSameDayBackground()
    {
        var article = "moscow-times";
        var claims = new[]
        {
            Make(Authorize, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17", isChange: true, evidenceStart: 0),
            Make(Restrict, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17", evidenceStart: 900),
        };

        Assert.Equal(DecisionStatus.Authorized, Reconciler.Query(claims, Question(aspect: Aspect.Use)).Status);
    }

    [Fact]
    public void UndatedBackgroundInAnArticleWhoseNewsIsAChangeComesBeforeTheChange()
    {
        // Seed 002's pattern: "has for the first time authorized" (news, dated) and "currently
        // authorizes only ... occupied parts" (undated background), published the same day.
        var article = "moscow-times";
        var authorize = Make(Authorize, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17", isChange: true,
            sources: ["The New York Times", "anonymous U.S. officials"], scope: "strikes inside Russia");
        var restrict = Make(Restrict, system: null, aspect: Aspect.Use, article: article, published: "2024-11-17", certainty: Certainty.Asserted,
            sources: [], scope: "occupied areas and some border regions", evidenceStart: 1500);

        var status = Reconciler.Query([restrict, authorize], Question(aspect: Aspect.Use), Day("2024-11-18"));

        Assert.Equal("RESTRICTED -> AUTHORIZED", Path(status.Timeline));
        var before = status.Timeline.Transitions[0];
        Assert.Null(before.Since);
        Assert.Equal(TimeBasis.BeforeChange, before.SinceBasis);
        Assert.Equal("occupied areas and some border regions", before.Scope);
        Assert.Equal(DecisionStatus.Authorized, status.Status);
        Assert.Equal(Date("2024-11-17"), status.Since);
        Assert.Equal(DecisionStatus.Restricted, status.Timeline.StateOn(Day("2024-11-16"))!.Status);
    }

    [Fact]
    public void AcrossArticlesTheLaterEventDateWinsWhateverThePublicationOrder()
    {
        var claims = new[]
        {
            Make(Deny, date: "2022-06-01", published: "2022-09-01"),
            Make(Pledge, date: "2022-07-15", published: "2022-07-16"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal("DENIED -> PLEDGED", Path(status.Timeline));
        Assert.Equal(DecisionStatus.Pledged, status.Status);
    }

    public static TheoryData<string[], string[], string> SourceContests => new()
    {
        // (sources of a DENY, sources of an AUTHORIZE/PLEDGE, the status that wins at the same date)
        { ["John Kirby"], ["anonymous U.S. officials"], "DENIED" },
        { ["anonymous U.S. officials"], ["Lloyd Austin"], "PLEDGED" },
        { ["US officials"], ["Pentagon"], "PLEDGED" },
        { ["Antony Blinken"], ["The New York Times", "Antony Blinken"], "DENIED" },
        { ["Reuters", "Jake Sullivan"], ["Jake Sullivan"], "PLEDGED" },
        { ["anonymous officials"], ["The Wall Street Journal", "Lloyd Austin"], "PLEDGED" },
    };

    [Theory]
    [MemberData(nameof(SourceContests))]
    public void AtEqualDatesAnOnRecordSourceOutranksAnAnonymousOneAndAPrimaryARelay(string[] deny, string[] pledge, string winner)
    {
        var claims = new[]
        {
            Make(Deny, date: "2022-11-14", published: "2022-11-14", sources: deny),
            Make(Pledge, date: "2022-11-14", published: "2022-11-14", sources: pledge),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal(winner, Name(status.Status));
        Assert.Single(status.OpenContradictions);
    }

    [Fact]
    public void AMonthPrecisionDateSortsBeforeTheDaysOfThatMonth()
    {
        var claims = new[]
        {
            Make(Pledge, date: "2022-11-20", published: "2022-11-21"),
            Make(Review, date: "2022-11", published: "2022-11-30"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal("UNDER_REVIEW -> PLEDGED", Path(status.Timeline));

        // Independent, incompatible and overlapping (November contains the 20th): flagged.
        var c = Assert.Single(status.Timeline.Contradictions);
        Assert.Equal(Date("2022-11-20"), c.Period);
    }

    [Fact]
    public void CopiesInOneStoryGroupCountOnceAndAddNoTransitions()
    {
        var group = "ap-story-17";
        var copies = Enumerable.Range(0, 4)
            .Select(i => Make(Deny, date: "2022-10-01", published: "2022-10-01", article: $"copy-{i}", group: group, outlet: $"Reprint {i}"))
            .ToArray();
        var independent = new[]
        {
            Make(Deny, date: "2022-10-02", published: "2022-10-02"),
            Make(Deny, date: "2022-10-03", published: "2022-10-03"),
        };

        var status = Reconciler.Query([.. copies, .. independent], Question());

        var only = Assert.Single(status.Timeline.Transitions);
        Assert.Equal(DecisionStatus.Denied, only.Status);
        Assert.Equal(6, only.Claims.Count);
        Assert.Equal(3, only.Corroboration);
    }

    [Fact]
    public void AStoryGroupWithManyCopiesDoesNotOutvoteTwoIndependentGroups()
    {
        var copies = Enumerable.Range(0, 5)
            .Select(i => Make(Deny, date: "2022-10-01", published: "2022-10-01", article: $"copy-{i}", group: "wire-1"))
            .ToArray();
        var others = new[]
        {
            Make(Pledge, date: "2022-10-01", published: "2022-10-01", group: "paper-a"),
            Make(Pledge, date: "2022-10-01", published: "2022-10-01", group: "paper-b"),
        };

        var status = Reconciler.Query([.. copies, .. others], Question());

        Assert.Equal(DecisionStatus.Pledged, status.Status);
        Assert.Equal(2, status.Corroboration);
        var contradiction = Assert.Single(status.OpenContradictions);
        Assert.Equal(7, contradiction.ClaimsA.Count + contradiction.ClaimsB.Count);
    }

    [Fact]
    public void IndependentIncompatibleStatesForTheSamePeriodAreFlaggedWithBothSides()
    {
        var denied = Make(Deny, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-17", outlet: "Paper A");
        var authorized = Make(Authorize, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-18", outlet: "Paper B");

        var status = Reconciler.Query([denied, authorized], Question(aspect: Aspect.Use));

        var c = Assert.Single(status.Timeline.Contradictions);
        Assert.Equal([denied], c.StatusA == DecisionStatus.Denied ? c.ClaimsA : c.ClaimsB);
        Assert.Equal([authorized], c.StatusA == DecisionStatus.Authorized ? c.ClaimsA : c.ClaimsB);
        Assert.Equal(Date("2024-11-17"), c.Period);
        Assert.Contains("Paper A", c.Explanation, StringComparison.Ordinal);
        Assert.Contains("Paper B", c.Explanation, StringComparison.Ordinal);
        Assert.NotNull(c.Followed);
        Assert.Contains(status.Timeline.Signals, s => s.Kind == SignalKind.Outranked);
    }

    [Fact]
    public void DisagreementWithinOneStoryGroupIsNotAContradiction()
    {
        var claims = new[]
        {
            Make(Deny, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-17", article: "a", group: "g"),
            Make(Authorize, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-17", article: "b", group: "g"),
        };

        Assert.Empty(Reconciler.Query(claims, Question(aspect: Aspect.Use)).Timeline.Contradictions);
    }

    [Theory]
    [InlineData(Pledge, Deliver, "2022-10-01", "2022-10-01")] // compatible: delivery follows its pledge
    [InlineData(Review, Restrict, "2022-10-01", "2022-10-01")] // compatible: restriction stands while reviewed
    [InlineData(Deny, Pledge, "2022-10-01", "2022-10-02")] // a change, not a contradiction: times do not overlap
    public void CompatibleStatesOrDisjointTimesAreNotContradictions(EventType a, EventType b, string dateA, string dateB)
    {
        var claims = new[] { Make(a, date: dateA, published: dateB), Make(b, date: dateB, published: dateB) };
        Assert.Empty(Reconciler.Query(claims, Question()).Timeline.Contradictions);
    }

    [Fact]
    public void TheWorkedExampleOfTheTwoTimes()
    {
        // Delivered in secret on 2023-10-05, announced on 2023-10-17.
        var claims = new[]
        {
            Make(Review, date: "2023-09-20", published: "2023-09-20"),
            Make(Deliver, date: "2023-10-05", published: "2023-10-17"),
        };

        var knownToday = Reconciler.Query(claims, Question(), asOf: null, on: Day("2023-10-10"));
        var knownThen = Reconciler.Query(claims, Question(), asOf: Day("2023-10-10"), on: Day("2023-10-10"));

        Assert.Equal(DecisionStatus.Delivered, knownToday.Status);
        Assert.Equal(DecisionStatus.UnderReview, knownThen.Status);
        Assert.Equal(DecisionStatus.UnderReview, Reconciler.Query(claims, Question(), asOf: Day("2023-10-10")).Status);
    }

    [Fact]
    public void AnEstimatedPublicationDateCountsForAsOfAndIsMarkedAsAnEstimate()
    {
        var review = Make(Review, published: "2023-09-11", estimated: true);

        Assert.Null(Reconciler.Query([review], Question(), asOf: Day("2023-09-10")).Status);
        var status = Reconciler.Query([review], Question(), asOf: Day("2023-09-12"));

        Assert.Equal(DecisionStatus.UnderReview, status.Status);
        Assert.Equal(TimeBasis.PublishedEstimated, status.SinceBasis);
        Assert.True(Assert.Single(status.SupportingClaims).PublishedEstimated);
    }

    [Fact]
    public void AClaimWithNoKnowledgeTimeIsUsedOnlyWhenEverythingKnownIsAsked()
    {
        var undated = Make(Restrict, aspect: Aspect.Use, published: null);

        Assert.Equal(DecisionStatus.Restricted, Reconciler.Query([undated], Question(aspect: Aspect.Use)).Status);
        Assert.Null(Reconciler.Query([undated], Question(aspect: Aspect.Use), asOf: Day("2030-01-01")).Status);
        Assert.Equal(TimeBasis.Unknown, Reconciler.Query([undated], Question(aspect: Aspect.Use)).SinceBasis);
    }

    [Fact]
    public void TheStateOnADateBeforeEveryTransitionIsNone()
    {
        var status = Reconciler.Query([Make(Pledge, date: "2023-03-01", published: "2023-03-01")], Question(), on: Day("2023-02-01"));
        Assert.Null(status.Status);
    }

    [Fact]
    public void SeedOneLikeClaimsAsOfTheTwelfthGiveUnderReview()
    {
        // No publication date: the latest date the text states, 2023-09-11, estimated.
        var article = "seed-001-like";
        var claims = new[]
        {
            Make(Review, article: article, published: "2023-09-11", estimated: true, sources: ["John Kirby", "National Security Council"]),
            Make(Pledge, polarity: Polarity.Negative, article: article, published: "2023-09-11", estimated: true, sources: ["John Kirby"]),
            Make(EventType.Request, actor: "Ukraine", recipient: "United States", article: article, published: "2023-09-11", estimated: true, sources: ["Volodymyr Zelensky"]),
            Make(Review, date: "2023-09-11", article: article, published: "2023-09-11", estimated: true, sources: ["Matthew Miller", "State Department"]),
            Make(EventType.Request, actor: "Ukraine", recipient: "United States", article: article, published: "2023-09-11", estimated: true, certainty: Certainty.Asserted, sources: []),
            Make(Pledge, polarity: Polarity.Negative, article: article, published: "2023-09-11", estimated: true, certainty: Certainty.Asserted, sources: []),
        };

        var status = Reconciler.Query(claims, Question(), asOf: Day("2023-09-12"));

        Assert.Equal(DecisionStatus.UnderReview, status.Status);
        Assert.Equal("UNDER_REVIEW", Path(status.Timeline));
        Assert.Equal(4, status.SupportingClaims.Count);
        Assert.Equal(2, status.Signals.Count(s => s.Kind == SignalKind.PendingRequest));
    }

    [Fact]
    public void SeedTwoLikeClaimsAsOfTheEighteenthGiveAuthorizedAfterTheRestriction()
    {
        var article = "seed-002-like";
        var claims = new[]
        {
            Make(Authorize, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17", isChange: true,
                sources: ["The New York Times", "anonymous U.S. officials"], scope: "deep strikes into Russia with American missiles"),
            Make(EventType.Request, system: null, aspect: Aspect.Use, actor: "Ukraine", recipient: "United States", article: article, published: "2024-11-17", certainty: Certainty.Asserted, sources: []),
            Make(Warn, system: null, aspect: null, actor: "Russia", recipient: "NATO", article: article, published: "2024-11-17", certainty: Certainty.Asserted),
            Make(Use, aspect: Aspect.Use, actor: "Ukraine", recipient: null, article: article, published: "2024-11-17", certainty: Certainty.Hedged),
            Make(Deploy, system: null, aspect: null, actor: "North Korea", recipient: "Russia", article: article, published: "2024-11-17"),
            Make(Restrict, system: null, aspect: Aspect.Transfer, article: article, published: "2024-11-17", certainty: Certainty.Expected),
            Make(Restrict, system: null, aspect: Aspect.Use, article: article, published: "2024-11-17", certainty: Certainty.Asserted, sources: [],
                scope: "targets limited to occupied Ukrainian land and a strip of the Russian border"),
        };

        var status = Reconciler.Query(claims, Question(aspect: Aspect.Use), asOf: Day("2024-11-18"));

        Assert.Equal(DecisionStatus.Authorized, status.Status);
        Assert.Equal("RESTRICTED -> AUTHORIZED", Path(status.Timeline));
        Assert.Contains("occupied Ukrainian land", status.Timeline.Transitions[0].Scope, StringComparison.Ordinal);

        // The general-aid use question keeps its own restriction; the expected transfer limit is a signal.
        Assert.Equal(DecisionStatus.Restricted, Reconciler.Query(claims, Question(system: null, aspect: Aspect.Use)).Status);
        Assert.Null(Reconciler.Query(claims, Question(system: null)).Status);
    }
}
