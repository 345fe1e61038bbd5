using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>What a claim does to a question's status.</summary>
public enum EffectKind
{
    /// <summary>Moves the state to <see cref="ClaimEffect.Status"/> (REVIEW, PLEDGE, AUTHORIZE, RESTRICT, DENY, DELIVER).</summary>
    Moves,

    /// <summary>A REQUEST: moves to REQUESTED only when no state is in effect; otherwise a pending request on the state.</summary>
    Request,

    /// <summary>A negative PLEDGE on transfer ("has not committed"): no change; supports an UNDER_REVIEW or REQUESTED state.</summary>
    SupportsUndecided,

    /// <summary>A USE: evidence of the AUTHORIZED or RESTRICTED use in effect; never a change by itself.</summary>
    UseEvidence,

    /// <summary>Hedged or expected: points at <see cref="ClaimEffect.Status"/> (when it has one) but never moves.</summary>
    Tentative,

    /// <summary>A negative claim of another type ("has not been officially denied"): never moves to
    /// <see cref="ClaimEffect.Status"/>; in its own article it cancels one claim that does, at the same time.</summary>
    Negation,

    /// <summary>SUPPORT, WARN, DEPLOY, a negative USE, or a type with no status for the aspect: context only.</summary>
    Context,
}

/// <summary>The effect of one claim on one aspect; <see cref="Status"/> is the status it moves to,
/// points at or negates.</summary>
public readonly record struct ClaimEffect(EffectKind Kind, DecisionStatus? Status)
{
    /// <summary>True when the claim takes part in choosing the state (a mover or a request).</summary>
    public bool Competes => Kind is EffectKind.Moves or EffectKind.Request;
}

/// <summary>
/// DOMAIN.md "From claims to status" as one function, for both aspects:
/// <code>
/// claim (positive unless said)   transfer                      use
/// REQUEST                        REQUESTED (*)                 REQUESTED (*)
/// REVIEW                         UNDER_REVIEW                  UNDER_REVIEW
/// PLEDGE                         PLEDGED                       context
/// PLEDGE, negative               supports UNDER_REVIEW/REQ.    context
/// AUTHORIZE                      PLEDGED (approved to send)    AUTHORIZED, with scope
/// RESTRICT                       RESTRICTED                    RESTRICTED, with scope
/// DENY                           DENIED                        DENIED
/// DELIVER                        DELIVERED                     context
/// USE                            context                       evidence of AUTHORIZED/RESTRICTED use
/// SUPPORT, WARN, DEPLOY          context                       context
/// </code>
/// (*) REQUEST moves to REQUESTED only when no state is in effect at its time: for transfer every
/// other state is later in the life of a request, and for use a REVIEW is treated as later too;
/// otherwise it is a pending request shown on the state in effect.
/// Certainty: hedged and expected claims are <see cref="EffectKind.Tentative"/> whatever their type.
/// Polarity: a negative claim never moves the state to its type's status (negative PLEDGE on
/// transfer supports an undecided state; every other negative is a <see cref="EffectKind.Negation"/>;
/// a negative USE is context).
/// </summary>
public static class TransitionTable
{
    public static ClaimEffect Classify(DecisionEvent e, Aspect aspect)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Type)
        {
            case EventType.Support or EventType.Warn or EventType.Deploy:
                return new(EffectKind.Context, null);
            case EventType.Use:
                return aspect == Aspect.Use && e.Polarity == Polarity.Positive && !IsTentative(e.Certainty)
                    ? new(EffectKind.UseEvidence, null)
                    : new(EffectKind.Context, null);
        }

        var status = StatusOf(e.Type, aspect);
        if (IsTentative(e.Certainty))
        {
            return new(EffectKind.Tentative, e.Polarity == Polarity.Positive ? status : null);
        }

        if (status is null)
        {
            return new(EffectKind.Context, null);
        }

        if (e.Polarity == Polarity.Negative)
        {
            return e.Type == EventType.Pledge
                ? new(EffectKind.SupportsUndecided, null)
                : new(EffectKind.Negation, status);
        }

        return e.Type == EventType.Request ? new(EffectKind.Request, DecisionStatus.Requested) : new(EffectKind.Moves, status);
    }

    /// <summary>The status a positive, asserted claim of <paramref name="type"/> moves to, or null.</summary>
    public static DecisionStatus? StatusOf(EventType type, Aspect aspect) => (type, aspect) switch
    {
        (EventType.Request, _) => DecisionStatus.Requested,
        (EventType.Review, _) => DecisionStatus.UnderReview,
        (EventType.Pledge, Aspect.Transfer) => DecisionStatus.Pledged,
        (EventType.Authorize, Aspect.Transfer) => DecisionStatus.Pledged,
        (EventType.Authorize, Aspect.Use) => DecisionStatus.Authorized,
        (EventType.Restrict, _) => DecisionStatus.Restricted,
        (EventType.Deny, _) => DecisionStatus.Denied,
        (EventType.Deliver, Aspect.Transfer) => DecisionStatus.Delivered,
        _ => null,
    };

    /// <summary>REQUESTED and UNDER_REVIEW: no decision taken yet. Every other status is a decision.</summary>
    public static bool IsUndecided(DecisionStatus status) => status is DecisionStatus.Requested or DecisionStatus.UnderReview;

    private static bool IsTentative(Certainty c) => c is Certainty.Hedged or Certainty.Expected;
}
