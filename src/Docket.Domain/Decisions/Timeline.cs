using Docket.Domain.Time;

namespace Docket.Domain.Decisions;

/// <summary>
/// Where a transition's or signal's time comes from, so that every date shown can say what it
/// rests on (DOMAIN.md, "Two times": an estimated knowledge time is marked wherever it is shown).
/// </summary>
public enum TimeBasis
{
    /// <summary>The event date the article gives.</summary>
    EventDate,

    /// <summary>No event date: the publication date stands in for it (an ongoing state "as of" publication).</summary>
    Published,

    /// <summary>No event date, and the publication date itself is an estimate from the text's own dates.</summary>
    PublishedEstimated,

    /// <summary>No event or publication date: the day Docket ingested the article stands in.</summary>
    Ingested,

    /// <summary>Undated background that its own article presents as the state before a change (the
    /// article's news): in effect before that change, start unknown.</summary>
    BeforeChange,

    /// <summary>No date of any kind: in effect from an unknown time.</summary>
    Unknown,
}

/// <summary>
/// One state of a question's timeline: the status, from when (valid time), the claims behind
/// it and how many independent story groups corroborate it.
/// </summary>
public sealed record StatusTransition
{
    public required DecisionStatus Status { get; init; }

    /// <summary>Valid time from which the state holds; null when its start is unknown (see
    /// <see cref="SinceBasis"/>: undated background before a change, or no date at all).</summary>
    public PartialDate? Since { get; init; }

    /// <summary>What <see cref="Since"/> rests on (an event date, a publication date standing in, an estimate).</summary>
    public TimeBasis SinceBasis { get; init; } = TimeBasis.EventDate;

    /// <summary>Scope of the state (what is allowed or withheld), from its strongest claim.</summary>
    public string? Scope { get; init; }

    /// <summary>The claims that move the timeline into this state, and those that confirm it
    /// (including a negative PLEDGE that supports an UNDER_REVIEW or REQUESTED state).</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>Number of independent story groups behind the state.</summary>
    public int Corroboration { get; init; }
}

/// <summary>Why a claim is shown on a timeline without moving it.</summary>
public enum SignalKind
{
    /// <summary>Hedged or expected ("is likely to", "will be announced"): points at a status but never moves it.</summary>
    Tentative,

    /// <summary>WARN, DEPLOY, SUPPORT, or an event with no status for this aspect (a PLEDGE about use).</summary>
    Context,

    /// <summary>A USE of the system: evidence of the AUTHORIZED or RESTRICTED state in effect, never a change by itself.</summary>
    UseEvidence,

    /// <summary>A REQUEST made while a state is already in effect: a pending request on that state.</summary>
    PendingRequest,

    /// <summary>A negative claim ("has not been officially denied", "has not committed" once something was pledged):
    /// it never moves the state to its type's status.</summary>
    Negation,

    /// <summary>A claim outranked at its own time by the claim the timeline follows (background beneath the
    /// article's news, an anonymous source beneath an on-record one, a minority reading in its article).</summary>
    Outranked,
}

/// <summary>
/// A claim shown on a question's timeline that does not move its state, with the reason and
/// the status it points at, if any.
/// </summary>
public sealed record TimelineSignal
{
    public required Claim Claim { get; init; }

    public required SignalKind Kind { get; init; }

    /// <summary>The status the claim points at (the state a tentative claim would move to, the
    /// state a use or a pending request sits on); null for pure context.</summary>
    public DecisionStatus? PointsTo { get; init; }

    /// <summary>The time the claim is placed at on the timeline (its valid time, or its stand-in).</summary>
    public PartialDate? At { get; init; }

    public TimeBasis AtBasis { get; init; } = TimeBasis.EventDate;

    /// <summary>One line saying why it is a signal.</summary>
    public required string Note { get; init; }
}

/// <summary>
/// Two sides from different story groups (so independent of each other) whose states cannot both
/// hold, for times that overlap. Both sides are kept; nothing is silently dropped.
/// </summary>
public sealed record Contradiction
{
    public required DecisionStatus StatusA { get; init; }

    public required IReadOnlyList<Claim> ClaimsA { get; init; }

    public required DecisionStatus StatusB { get; init; }

    public required IReadOnlyList<Claim> ClaimsB { get; init; }

    /// <summary>The valid time the two disagree about (the finer of two nested partial dates).</summary>
    public PartialDate? Period { get; init; }

    /// <summary>The status the timeline follows for that time, when one of the two sides is it.</summary>
    public DecisionStatus? Followed { get; init; }

    public required string Explanation { get; init; }
}

/// <summary>
/// A question's derived history: transitions oldest first, signals (hedged or expected claims
/// and context events that never move the state), and open contradictions. Derived from claims
/// for one as-of date; never stored as truth.
/// </summary>
public sealed record StatusTimeline
{
    public required DecisionQuestion Question { get; init; }

    /// <summary>Only claims published on or before this date were used (null: everything known).</summary>
    public DateOnly? AsOf { get; init; }

    public required IReadOnlyList<StatusTransition> Transitions { get; init; }

    /// <summary>Claims shown on the timeline that do not move it (hedged, expected, context), oldest first.</summary>
    public IReadOnlyList<TimelineSignal> Signals { get; init; } = [];

    public IReadOnlyList<Contradiction> Contradictions { get; init; } = [];

    /// <summary>
    /// The state in effect on <paramref name="on"/> by valid time: the last transition that has
    /// started by then (null <paramref name="on"/>: the last transition). A transition with an
    /// unknown start (undated background before a change, or no date at all) is taken to start
    /// right after the transition before it, the earliest it can have begun given the order.
    /// </summary>
    public StatusTransition? StateOn(DateOnly? on)
    {
        var i = IndexOn(on);
        return i < 0 ? null : Transitions[i];
    }

    /// <summary>Index into <see cref="Transitions"/> of <see cref="StateOn"/>, or -1.</summary>
    public int IndexOn(DateOnly? on)
    {
        if (on is null)
        {
            return Transitions.Count - 1;
        }

        var found = -1;
        var start = DateOnly.MinValue;
        for (var i = 0; i < Transitions.Count; i++)
        {
            if (Transitions[i].Since is { } since)
            {
                start = since.Earliest;
            }

            if (start > on.Value)
            {
                break;
            }

            found = i;
        }

        return found;
    }

    /// <summary>The first day a transition counts as in effect (see <see cref="StateOn"/>);
    /// <see cref="DateOnly.MinValue"/> when nothing dated precedes it.</summary>
    public DateOnly EffectiveStart(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (Transitions[i].Since is { } since)
            {
                return since.Earliest;
            }
        }

        return DateOnly.MinValue;
    }
}
