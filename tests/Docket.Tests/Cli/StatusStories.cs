using Docket.Core.Pipeline;
using Docket.Domain.Decisions;
using static Docket.Domain.Decisions.EventType;

namespace Docket.Tests.Cli;

/// <summary>
/// Small hand-written stories in the shape of the seeds and of DOMAIN.md's worked example, each a
/// few articles with the events perfect extraction would give them. Written for these tests.
/// </summary>
internal static class StatusStories
{
    public const string Us = "United States";
    public const string Ukraine = "Ukraine";
    public const string Atacms = "ATACMS";

    /// <summary>Like seed 001: an undated report (publication estimated 2023-09-11 from its own
    /// dates) that Washington is weighing the missiles, has not committed, and Kyiv keeps asking.</summary>
    public static ProcessedArticle WeighingTheMissiles() =>
        DecisionArticle.By("Capital Desk", "2023-09-11", "weighing", estimated: true)
            .Says("A White House spokesman said no final decision had been reached on sending the long-range missiles.", Review, Us, Ukraine, Atacms, Aspect.Transfer, sources: ["John Kirby"])
            .Says("Washington has not committed to supplying the missiles so far.", Pledge, Us, Ukraine, Atacms, Aspect.Transfer, polarity: Polarity.Negative, sources: ["John Kirby"])
            .Says("Kyiv has pressed its allies for the missiles for many months.", Request, Ukraine, Us, Atacms, Aspect.Transfer, certainty: Certainty.Asserted)
            .Says("On September 11 a State Department spokesman said the request was still being weighed.", Review, Us, Ukraine, Atacms, Aspect.Transfer, date: "2023-09-11", sources: ["Matthew Miller", "State Department"])
            .Build();

    /// <summary>Like seed 002: the news (use inside Russia cleared, dated 2024-11-17) over its
    /// background (strikes limited to occupied areas and border regions), with a warning as context.</summary>
    public static DecisionArticle RulesOfUseChange() =>
        DecisionArticle.By("The Kyiv Ledger", "2024-11-17", "kursk")
            .Says("For the first time the president has cleared Ukraine to fire the American missiles at targets inside Russia, officials told a New York paper.", Authorize, Us, Ukraine, Atacms, Aspect.Use, date: "2024-11-17", isChange: true, scope: "strikes on targets inside Russia", sources: ["The New York Times", "anonymous U.S. officials"])
            .Says("Until now Washington allowed strikes only on occupied areas and nearby border regions.", Restrict, Us, Ukraine, null, Aspect.Use, certainty: Certainty.Asserted, scope: "occupied areas and border regions")
            .Says("The Kremlin warned that such strikes would drag the alliance into the war.", Warn, "Russia", "NATO", null, null, certainty: Certainty.Asserted, sources: ["Vladimir Putin"]);

    /// <summary>DOMAIN.md's example: under review in September; delivered in secret on 2023-10-05,
    /// which became known only when it was announced on 2023-10-17.</summary>
    public static IReadOnlyList<ProcessedArticle> SecretDelivery() =>
    [
        DecisionArticle.By("Capital Desk", "2023-09-22", "review")
            .Says("Officials are still weighing whether to send the missiles at all.", Review, Us, Ukraine, Atacms, Aspect.Transfer, certainty: Certainty.Asserted)
            .Build(),
        DecisionArticle.By("Harbor Times", "2023-10-17", "reveal")
            .Says("The missiles had been handed over in secret on October 5, officials said on Tuesday.", Deliver, Us, Ukraine, Atacms, Aspect.Transfer, date: "2023-10-05", sources: ["anonymous U.S. officials"])
            .Build(),
    ];

    /// <summary>Two independent wires disagree about the same day: one says Berlin refused, the other that it pledged.</summary>
    public static IReadOnlyList<ProcessedArticle> DisputedPledge() =>
    [
        DecisionArticle.By("Wire One", "2024-02-01", "refused")
            .Says("Berlin turned down the request for the cruise missiles on Thursday, a spokesman said.", Deny, "Germany", Ukraine, "Taurus", Aspect.Transfer, date: "2024-02-01", sources: ["Steffen Hebestreit"])
            .Build(),
        DecisionArticle.By("Wire Two", "2024-02-01", "promised")
            .Says("Berlin promised the cruise missiles to Kyiv on Thursday, two officials said.", Pledge, "Germany", Ukraine, "Taurus", Aspect.Transfer, date: "2024-02-01", sources: ["anonymous German officials"])
            .Build(),
    ];

    /// <summary>A restriction stated for a class of weapons ("long-range missiles"), which covers ATACMS.</summary>
    public static ProcessedArticle ClassRestriction() =>
        DecisionArticle.By("Harbor Times", "2024-04-24", "class")
            .Says("Ukraine may use the long-range missiles only against targets on its own occupied territory, officials stressed.", Restrict, Us, Ukraine, "long-range missiles", Aspect.Use, date: "2024-04-24", scope: "occupied Ukrainian territory only", sources: ["Pentagon"])
            .Build();
}
