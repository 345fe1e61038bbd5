using System.Text.Json;
using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Views;
using Docket.Domain.Decisions;
using static Docket.Domain.Decisions.EventType;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class StatusViewTests
{
    // The CLI's JSON style (Output/JsonOutput): snake_case keys, nulls written.
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void TheStatusViewHasTheCliShapeWithGoldVocabulary()
    {
        var claims = new[]
        {
            Make(Deny, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-17", outlet: "Paper A", article: "a", evidenceStart: 40),
            Make(Authorize, aspect: Aspect.Use, date: "2024-11-17", published: "2024-11-18", outlet: "Paper B", article: "b",
                sources: ["The New York Times", "anonymous U.S. officials"]),
        };
        var view = StatusViews.Of(StatusReconciler.Default.Query(claims, Question(aspect: Aspect.Use)));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(view, Snake));
        var root = json.RootElement;
        string[] leading = ["supplier", "system", "recipient", "aspect", "status", "since", "claims", "contradictions"];
        Assert.Equal(leading, root.EnumerateObject().Take(leading.Length).Select(p => p.Name));
        Assert.Equal("use", root.GetProperty("aspect").GetString());
        Assert.Equal("DENIED", root.GetProperty("status").GetString());
        Assert.Equal("2024-11-17", root.GetProperty("since").GetString());

        var claim = root.GetProperty("claims")[0];
        string[] claimKeys = ["type", "polarity", "certainty", "date", "outlet", "published", "sources", "evidence", "article_id", "span"];
        Assert.Equal(claimKeys, claim.EnumerateObject().Take(claimKeys.Length).Select(p => p.Name));
        Assert.Equal("DENY", claim.GetProperty("type").GetString());
        Assert.Equal("positive", claim.GetProperty("polarity").GetString());
        Assert.Equal("reported", claim.GetProperty("certainty").GetString());
        Assert.Equal(40, claim.GetProperty("span").GetProperty("start").GetInt32());

        var contradiction = root.GetProperty("contradictions")[0];
        Assert.Equal("DENIED", contradiction.GetProperty("status_a").GetString());
        Assert.Equal("AUTHORIZED", contradiction.GetProperty("status_b").GetString());
        Assert.Equal("DENIED", contradiction.GetProperty("followed").GetString());
        Assert.True(root.GetProperty("timeline").GetArrayLength() >= 1);
        Assert.Equal("outranked", root.GetProperty("signals")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void AnEstimatedPublicationDateIsMarkedInTheView()
    {
        var view = StatusViews.Of(StatusReconciler.Default.Query([Make(Review, published: "2023-09-11", estimated: true)], Question()));

        Assert.Equal("published_estimated", view.SinceBasis);
        Assert.True(view.Claims[0].PublishedEstimated);
        Assert.Equal("2023-09-11 (estimated publication date)", StatusViews.DescribeSince(view.Since, view.SinceBasis));
    }

    [Fact]
    public void TheTimelineViewListsTransitionsOldestFirstWithTheirClaims()
    {
        var article = "mt";
        var claims = new[]
        {
            Make(Authorize, aspect: Aspect.Use, article: article, date: "2024-11-17", published: "2024-11-17", isChange: true),
            Make(Restrict, system: null, aspect: Aspect.Use, article: article, published: "2024-11-17"),
        };
        var view = StatusViews.Of(StatusReconciler.Default.Timeline(claims, Question(aspect: Aspect.Use)));

        Assert.Equal(["RESTRICTED", "AUTHORIZED"], view.Timeline.Select(t => t.Status));
        Assert.Equal("before_change", view.Timeline[0].SinceBasis);
        Assert.Null(view.Timeline[0].Since);
        Assert.Single(view.Timeline[1].Claims);
    }
}
