using System.Text;
using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile.Views;

/// <summary>An evidence span: absolute UTF-16 offsets into the article text, end exclusive.</summary>
public sealed record SpanView(int Start, int End);

/// <summary>
/// One claim as the CLI prints it. Vocabulary values use the gold names ("AUTHORIZE",
/// "positive", "reported"); dates are ISO partial dates ("2024-11", "2024-11-17"); a publication
/// date estimated from the text has <see cref="PublishedEstimated"/> true and must be shown as an estimate.
/// </summary>
public sealed record ClaimView(
    string Type,
    string Polarity,
    string Certainty,
    string? Date,
    string? Outlet,
    string? Published,
    IReadOnlyList<string> Sources,
    string Evidence,
    string ArticleId,
    SpanView Span,
    bool PublishedEstimated,
    string? Scope,
    string StoryGroup,
    string ClaimId);

/// <summary>One state of a timeline: status, start (and what the start rests on), scope, story groups, claims.</summary>
public sealed record TransitionView(string Status, string? Since, string SinceBasis, string? Scope, int Corroboration, IReadOnlyList<ClaimView> Claims);

/// <summary>A claim on the timeline that does not move it, with why.</summary>
public sealed record SignalView(string Kind, string? PointsTo, string? At, string AtBasis, string Note, ClaimView Claim);

/// <summary>Two independent sides that disagree, both kept.</summary>
public sealed record ContradictionView(string StatusA, string StatusB, string? Period, string? Followed, string Explanation, IReadOnlyList<ClaimView> ClaimsA, IReadOnlyList<ClaimView> ClaimsB);

/// <summary>
/// The `status` output for one question: <c>{"supplier","system","recipient","aspect","status",
/// "since","claims":[...],"contradictions":[...]}</c> followed by what else the answer knows
/// (the full timeline oldest first, and the signals within the state's period). Printed with
/// snake_case keys by the CLI's JSON output.
/// </summary>
public sealed record QuestionStatusView(
    string Supplier,
    string? System,
    string Recipient,
    string Aspect,
    string? Status,
    string? Since,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<ContradictionView> Contradictions,
    string SinceBasis,
    string? Tentative,
    string? Scope,
    int Corroboration,
    string? AsOf,
    string? On,
    IReadOnlyList<TransitionView> Timeline,
    IReadOnlyList<SignalView> Signals);

/// <summary>The `timeline` output for one question: every transition, signal and contradiction.</summary>
public sealed record TimelineView(
    string Supplier,
    string? System,
    string Recipient,
    string Aspect,
    string? AsOf,
    IReadOnlyList<TransitionView> Timeline,
    IReadOnlyList<SignalView> Signals,
    IReadOnlyList<ContradictionView> Contradictions);

/// <summary>Builds the view records from domain results; pure.</summary>
public static class StatusViews
{
    public static QuestionStatusView Of(QuestionStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var q = status.Question;
        return new QuestionStatusView(
            q.Supplier,
            q.System,
            q.Recipient,
            GoldNames.Of(q.Aspect),
            Name(status.Status),
            status.Since?.ToString(),
            status.SupportingClaims.Select(Of).ToList(),
            status.OpenContradictions.Select(Of).ToList(),
            SnakeCase(status.SinceBasis.ToString()),
            Name(status.Tentative),
            status.Scope,
            status.Corroboration,
            Iso(status.AsOf),
            Iso(status.On),
            status.Timeline.Transitions.Select(Of).ToList(),
            status.Signals.Select(Of).ToList());
    }

    public static TimelineView Of(StatusTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var q = timeline.Question;
        return new TimelineView(
            q.Supplier,
            q.System,
            q.Recipient,
            GoldNames.Of(q.Aspect),
            Iso(timeline.AsOf),
            timeline.Transitions.Select(Of).ToList(),
            timeline.Signals.Select(Of).ToList(),
            timeline.Contradictions.Select(Of).ToList());
    }

    public static ClaimView Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var e = claim.Event;
        return new ClaimView(
            GoldNames.Of(e.Type),
            GoldNames.Of(e.Polarity),
            GoldNames.Of(e.Certainty),
            e.Date?.ToString(),
            claim.Outlet,
            claim.Published?.ToString(),
            e.Sources,
            claim.EvidenceText,
            claim.ArticleId,
            new SpanView(e.Evidence.Start, e.Evidence.End),
            claim.PublishedEstimated,
            e.Scope,
            claim.StoryGroup,
            claim.Id);
    }

    public static TransitionView Of(StatusTransition t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new TransitionView(GoldNames.Of(t.Status), t.Since?.ToString(), SnakeCase(t.SinceBasis.ToString()), t.Scope, t.Corroboration, t.Claims.Select(Of).ToList());
    }

    public static SignalView Of(TimelineSignal s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new SignalView(SnakeCase(s.Kind.ToString()), Name(s.PointsTo), s.At?.ToString(), SnakeCase(s.AtBasis.ToString()), s.Note, Of(s.Claim));
    }

    public static ContradictionView Of(Contradiction c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ContradictionView(
            GoldNames.Of(c.StatusA),
            GoldNames.Of(c.StatusB),
            c.Period?.ToString(),
            Name(c.Followed),
            c.Explanation,
            c.ClaimsA.Select(Of).ToList(),
            c.ClaimsB.Select(Of).ToList());
    }

    /// <summary>"2023-09-11" with " (estimated)" when the date stands on an estimated publication date.</summary>
    public static string DescribeSince(string? since, string sinceBasis) => sinceBasis switch
    {
        "before_change" => "before the change that follows (start unknown)",
        "unknown" => "unknown",
        "published_estimated" => $"{since} (estimated publication date)",
        "published" => $"{since} (publication date)",
        "ingested" => $"{since} (ingest date)",
        _ => since ?? "unknown",
    };

    private static string? Name(DecisionStatus? s) => s is null ? null : GoldNames.Of(s.Value);

    private static string? Iso(DateOnly? d) => d is null ? null : PartialDate.FromDate(d.Value).ToString();

    /// <summary>"PublishedEstimated" -> "published_estimated".</summary>
    internal static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
