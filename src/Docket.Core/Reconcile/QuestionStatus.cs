using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile;

/// <summary>
/// The answer to "what is the status of this question on D, as known on the as-of date?": the
/// state in effect, since when, the claims behind it, the contradictions still open about it,
/// and the signals around it. Built from a <see cref="StatusTimeline"/> by <see cref="From"/>.
/// </summary>
public sealed record QuestionStatus
{
    public required DecisionQuestion Question { get; init; }

    /// <summary>Only claims known on or before this date were used (null: everything known).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The valid-time date asked about (null: the latest state).</summary>
    public DateOnly? On { get; init; }

    /// <summary>The state in effect, or null when no claim has moved the question by then.</summary>
    public DecisionStatus? Status { get; init; }

    /// <summary>When no state is in effect, the status the latest tentative signal points at
    /// ("may be considering" -> UNDER_REVIEW). Never a state: shown as tentative.</summary>
    public DecisionStatus? Tentative { get; init; }

    public PartialDate? Since { get; init; }

    public TimeBasis SinceBasis { get; init; } = TimeBasis.Unknown;

    public string? Scope { get; init; }

    /// <summary>Independent story groups behind the state.</summary>
    public int Corroboration { get; init; }

    /// <summary>The claims that moved the question into the state and those that confirm it, up to <see cref="On"/>.</summary>
    public IReadOnlyList<Claim> SupportingClaims { get; init; } = [];

    /// <summary>Contradictions about the period of the state in effect (from its start to <see cref="On"/>).</summary>
    public IReadOnlyList<Contradiction> OpenContradictions { get; init; } = [];

    /// <summary>Signals placed within the state's period (pending requests, use evidence, tentative and context claims).</summary>
    public IReadOnlyList<TimelineSignal> Signals { get; init; } = [];

    /// <summary>The whole timeline the answer was read from.</summary>
    public required StatusTimeline Timeline { get; init; }

    /// <summary>Reads the state on <paramref name="on"/> (null: the latest state) from a timeline.</summary>
    public static QuestionStatus From(StatusTimeline timeline, DateOnly? on)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var index = timeline.IndexOn(on);
        var end = on ?? DateOnly.MaxValue;
        var start = index < 0 ? DateOnly.MinValue : timeline.EffectiveStart(index);
        var nextStart = NextStart(timeline, index);

        var signals = timeline.Signals.Where(s => InWindow(s.At, start, nextStart, end)).ToList();
        DecisionStatus? tentative = null;
        if (index < 0)
        {
            tentative = signals.LastOrDefault(s => s.Kind == SignalKind.Tentative && s.PointsTo is not null)?.PointsTo;
        }

        var contradictions = index < 0
            ? []
            : timeline.Contradictions.Where(c => c.Period is null || (c.Period.Value.Latest >= start && c.Period.Value.Earliest <= end)).ToList();

        if (index < 0)
        {
            return new QuestionStatus
            {
                Question = timeline.Question,
                AsOf = timeline.AsOf,
                On = on,
                Tentative = tentative,
                Signals = signals,
                Timeline = timeline,
            };
        }

        var state = timeline.Transitions[index];
        return new QuestionStatus
        {
            Question = timeline.Question,
            AsOf = timeline.AsOf,
            On = on,
            Status = state.Status,
            Since = state.Since,
            SinceBasis = state.SinceBasis,
            Scope = state.Scope,
            Corroboration = state.Corroboration,
            SupportingClaims = state.Claims.Where(c => c.ValidTime is null || c.ValidTime.Value.Earliest <= end).ToList(),
            OpenContradictions = contradictions,
            Signals = signals,
            Timeline = timeline,
        };
    }

    private static DateOnly NextStart(StatusTimeline timeline, int index)
    {
        for (var i = index + 1; i < timeline.Transitions.Count; i++)
        {
            if (timeline.Transitions[i].Since is { } s)
            {
                return s.Earliest;
            }
        }

        return DateOnly.MaxValue;
    }

    // A signal belongs to the state's window when it is placed from the state's start up to the
    // next state's start and no later than the day asked about; an undated one only to a state
    // with no dated start either.
    private static bool InWindow(PartialDate? at, DateOnly start, DateOnly nextStart, DateOnly end)
    {
        if (at is null)
        {
            return start == DateOnly.MinValue;
        }

        var d = at.Value.Earliest;
        return d >= start && d < nextStart && d <= end;
    }
}
