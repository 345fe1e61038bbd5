using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Tests.Support;
using static Docket.Domain.Decisions.EventType;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class QuestionKeyingTests
{
    private static readonly StatusReconciler Reconciler = StatusReconciler.Default;

    [Fact]
    public void ARequestByUkraineToTheUnitedStatesBelongsToTheUnitedStatesQuestion()
    {
        var q = QuestionKeying.QuestionOf(Request().Event, SystemCatalog.Default);
        Assert.Equal(new DecisionQuestion("United States", "ATACMS", "Ukraine", Aspect.Transfer), q);
    }

    [Fact]
    public void AThirdCountryRequestForPermissionKeysToTheGovernmentAsked()
    {
        var estonia = Make(EventType.Request, system: null, actor: "Estonia", recipient: "Germany");
        Assert.Equal(new DecisionQuestion("Germany", null, "Estonia", Aspect.Transfer), QuestionKeying.QuestionOf(estonia.Event, SystemCatalog.Default));
    }

    [Fact]
    public void AThirdCountryAuthorizationNamesUkraineAsRecipient()
    {
        var cleared = Make(Authorize, system: "MiG-29", actor: "United States", recipient: "Ukraine");
        Assert.Equal(new DecisionQuestion("United States", "MiG-29", "Ukraine", Aspect.Transfer), QuestionKeying.QuestionOf(cleared.Event, SystemCatalog.Default));
    }

    [Theory]
    [InlineData(EventType.Use)]
    [InlineData(Warn)]
    [InlineData(Deploy)]
    public void ContextEventsHaveNoQuestionOfTheirOwn(EventType type)
    {
        Assert.Null(QuestionKeying.QuestionOf(Make(type).Event, SystemCatalog.Default));
    }

    [Fact]
    public void AnEventWithoutARecipientIsUnkeyed()
    {
        Assert.Null(QuestionKeying.QuestionOf(Make(Pledge, recipient: null).Event, SystemCatalog.Default));
    }

    [Fact]
    public void SystemAliasesAndCaseFindTheSameQuestion()
    {
        var claim = Make(Deny, system: "Army Tactical Missile Systems");
        Assert.Equal(DecisionStatus.Denied, Reconciler.Query([claim], Question(system: "atacms")).Status);
    }

    [Fact]
    public void AClaimAboutAClassBearsOnTheQuestionOfEachMemberButRanksBelowTheNamedSystem()
    {
        var claims = new[]
        {
            Make(Deny, system: "long-range rockets", date: "2022-05-31", published: "2022-06-01"),
            Make(Pledge, system: "ATACMS", date: "2022-06-01", published: "2022-06-01"),
            Make(Deny, system: "long-range rockets", date: "2022-06-01", published: "2022-06-01"),
        };

        var status = Reconciler.Query(claims, Question());

        Assert.Equal([DecisionStatus.Denied, DecisionStatus.Pledged], status.Timeline.Transitions.Select(t => t.Status));
        Assert.Contains(status.Timeline.Signals, s => s.Kind == SignalKind.Outranked && s.Claim.Event.System == "long-range rockets");

        // The class question itself takes no claims about members.
        var classStatus = Reconciler.Query(claims, Question(system: "long-range rockets"));
        Assert.Equal(DecisionStatus.Denied, classStatus.Status);
        Assert.Equal(2, classStatus.SupportingClaims.Count);
    }

    [Fact]
    public void AClassOfAnotherOriginOrOtherPartiesDoesNotBearOnTheQuestion()
    {
        var claims = new[]
        {
            Make(Deny, system: "British long-range missiles"),
            Make(Deny, system: "long-range rockets", actor: "Germany"),
            Make(Deny, system: "long-range rockets", aspect: Aspect.Use),
        };

        Assert.Null(Reconciler.Query(claims, Question()).Status);
    }

    [Fact]
    public void AUseClaimWithNoSystemIsTiedToTheSystemItsArticleNames()
    {
        var tied = Make(Restrict, system: null, aspect: Aspect.Use, article: "a1", date: "2024-10-01", published: "2024-10-01");
        var named = Make(Use, aspect: Aspect.Use, actor: "Ukraine", recipient: null, article: "a1");
        var anchor = Make(Review, aspect: Aspect.Use, article: "a1", date: "2024-09-01", published: "2024-10-01");
        var untied = Make(Authorize, system: null, aspect: Aspect.Use, article: "a2", date: "2024-10-05", published: "2024-10-05");

        var status = Reconciler.Query([tied, named, anchor, untied], Question(aspect: Aspect.Use));

        Assert.Equal(DecisionStatus.Restricted, status.Status);
        Assert.Equal(Bearing.ArticleTie, Reconciler.Select([tied, anchor], Question(aspect: Aspect.Use)).Single(b => b.Claim == tied).Bearing);

        // The general-aid use question is its own question and sees both null-system claims.
        Assert.Equal(DecisionStatus.Authorized, Reconciler.Query([tied, named, anchor, untied], Question(system: null, aspect: Aspect.Use)).Status);
    }

    [Fact]
    public void AGeneralUseRuleBearsOnEveryClassQuestionOfItsPartiesButNotOnAnotherArticlesNamedSystem()
    {
        var general = Make(Restrict, system: null, aspect: Aspect.Use, actor: "Western partners", article: "a1", scope: "only with allied support", date: "2024-01-01", published: "2024-01-01");
        var classClaim = Make(Review, system: "Western long-range missiles", aspect: Aspect.Use, actor: "Western partners", article: "a2");
        var named = Make(Review, system: "Storm Shadow", aspect: Aspect.Use, actor: "Western partners", article: "a3");
        var claims = new[] { general, classClaim, named };

        // The class question asked alone and reconciled with every question give the same answer.
        var classQuestion = Question(system: "Western long-range missiles", aspect: Aspect.Use, supplier: "Western partners");
        Assert.Equal(DecisionStatus.Restricted, Reconciler.Query([general], classQuestion).Status);
        Assert.Equal(Bearing.ArticleTie, Reconciler.Select(claims, classQuestion).Single(b => b.Claim == general).Bearing);
        var built = Reconciler.Build(claims, null).Single(t => t.Question.System == "Western long-range missiles");
        Assert.Contains(built.Transitions, t => t.Status == DecisionStatus.Restricted);

        // A named system from another article is not tied to it.
        Assert.Equal(DecisionStatus.UnderReview, Reconciler.Query(claims, Question(system: "Storm Shadow", aspect: Aspect.Use, supplier: "Western partners")).Status);
    }

    [Fact]
    public void AGeneralUseClaimWhoseSentenceSetsTheSystemApartIsNotTiedToIt()
    {
        var apart = Make(Authorize, system: null, aspect: Aspect.Use, article: "a1", date: "2024-05-01", published: "2024-11-17",
            evidence: "In May, Biden allowed Ukraine to fire some American weapons across the border, but that permission did not extend to ATACMS.");
        var anchor = Make(Restrict, aspect: Aspect.Use, article: "a1", published: "2024-11-17");

        Assert.DoesNotContain(Reconciler.Select([apart, anchor], Question(aspect: Aspect.Use)), b => b.Claim == apart);
        Assert.Equal(DecisionStatus.Restricted, Reconciler.Query([apart, anchor], Question(aspect: Aspect.Use)).Status);
        var built = Reconciler.Build([apart, anchor], null).Single(t => t.Question.System == "ATACMS");
        Assert.DoesNotContain(built.Transitions, t => t.Status == DecisionStatus.Authorized);
    }

    [Fact]
    public void ATransferClaimWithNoSystemIsGeneralAidAndNeverTiedToANamedSystem()
    {
        var package = Make(Pledge, system: null, article: "a1");
        var request = Request(article: "a1");

        Assert.Equal(DecisionStatus.Requested, Reconciler.Query([package, request], Question()).Status);
        Assert.Equal(DecisionStatus.Pledged, Reconciler.Query([package, request], Question(system: null)).Status);
    }

    [Fact]
    public void BuildRaisesOneQuestionPerNamedDecisionAndNoneForSupportAlone()
    {
        var claims = new[]
        {
            Make(Pledge, system: "HIMARS"),
            Make(EventType.Support, system: "S-300"),
            Request(system: "Hawk"),
        };

        var systems = Reconciler.Build(claims).Select(t => t.Question.System).ToList();

        Assert.Equal(["Hawk", "HIMARS"], systems);
    }

    [Fact]
    public void BuildAndAOneQuestionTimelineAgreeOnEveryQuestionOfTheDevSet()
    {
        var (claims, _) = GoldClaims.Read(SharedData.RequireDirectory("corpus/dev"));
        foreach (var built in Reconciler.Build(claims))
        {
            var single = Reconciler.Timeline(claims, built.Question);
            Assert.Equal(Summary(built), Summary(single));
            Assert.Equal(built.Signals.Count, single.Signals.Count);
            Assert.Equal(built.Contradictions.Count, single.Contradictions.Count);
        }
    }

    private static string Summary(StatusTimeline t) =>
        string.Join(" -> ", t.Transitions.Select(x => $"{GoldNames.Of(x.Status)}@{x.Since}x{x.Claims.Count}"));
}
