using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Tests.Reconcile;

/// <summary>
/// Builds claims by hand for reconciliation tests. Defaults describe a reported claim by the
/// United States about ATACMS for Ukraine, in an article of its own (its own story group),
/// published 2024-01-10; tests override what they are about.
/// </summary>
internal static class ClaimFactory
{
    private static int counter;

    public static Claim Make(
        EventType type,
        string? system = "ATACMS",
        Aspect? aspect = Aspect.Transfer,
        string? actor = "United States",
        string? recipient = "Ukraine",
        string? date = null,
        string? published = "2024-01-10",
        Polarity polarity = Polarity.Positive,
        Certainty certainty = Certainty.Reported,
        string[]? sources = null,
        string? article = null,
        string? group = null,
        bool isChange = false,
        string? scope = null,
        string? outlet = "Test Wire",
        bool estimated = false,
        int evidenceStart = 0,
        string? evidence = null)
    {
        var n = Interlocked.Increment(ref counter);
        var articleId = article ?? $"article-{n}";
        var text = evidence ?? $"{type} claim {n}";
        return new Claim
        {
            Id = $"{articleId}#{n}",
            ArticleId = articleId,
            Outlet = outlet,
            Published = published is null ? null : Date(published),
            PublishedEstimated = estimated,
            StoryGroup = group ?? articleId,
            EvidenceText = text,
            Event = new DecisionEvent
            {
                Type = type,
                Actor = actor,
                Recipient = recipient,
                System = system,
                Aspect = aspect,
                Polarity = polarity,
                Certainty = certainty,
                Scope = scope,
                Date = date is null ? null : Date(date),
                Sources = sources ?? ["John Kirby"],
                Evidence = new TextSpan(evidenceStart, evidenceStart + text.Length),
                Trigger = new TextSpan(evidenceStart, evidenceStart + 1),
                IsChange = isChange,
                Rule = "test",
            },
        };
    }

    /// <summary>A REQUEST by Ukraine (the asker) to the United States (the government asked).</summary>
    public static Claim Request(string? system = "ATACMS", Aspect aspect = Aspect.Transfer, string? date = null, string? published = "2024-01-10", string? article = null, string? group = null, Certainty certainty = Certainty.Asserted) =>
        Make(EventType.Request, system, aspect, actor: "Ukraine", recipient: "United States", date: date, published: published, article: article, group: group, certainty: certainty);

    public static PartialDate Date(string iso) =>
        PartialDate.TryParse(iso, out var d) ? d : throw new ArgumentException($"not a partial date: {iso}", nameof(iso));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DecisionQuestion Question(string? system = "ATACMS", Aspect aspect = Aspect.Transfer, string supplier = "United States", string recipient = "Ukraine") =>
        new(supplier, system, recipient, aspect);
}
