using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using static Docket.Domain.Decisions.EventType;

namespace Docket.Tests.Reconcile;

/// <summary>DOMAIN.md "From claims to status", row by row, for both aspects.</summary>
public sealed class TransitionTableTests
{
    // type, polarity, certainty, aspect, expected effect, expected status ("" = none)
    public static TheoryData<EventType, Polarity, Certainty, Aspect, EffectKind, string> Rows => new()
    {
        { EventType.Request, Polarity.Positive, Certainty.Asserted, Aspect.Transfer, EffectKind.Request, "REQUESTED" },
        { EventType.Request, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.Request, "REQUESTED" },
        { Review, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Moves, "UNDER_REVIEW" },
        { Review, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.Moves, "UNDER_REVIEW" },
        { Pledge, Polarity.Positive, Certainty.Asserted, Aspect.Transfer, EffectKind.Moves, "PLEDGED" },
        { Pledge, Polarity.Positive, Certainty.Asserted, Aspect.Use, EffectKind.Context, "" },
        { Pledge, Polarity.Negative, Certainty.Reported, Aspect.Transfer, EffectKind.SupportsUndecided, "" },
        { Pledge, Polarity.Negative, Certainty.Reported, Aspect.Use, EffectKind.Context, "" },
        { Authorize, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Moves, "PLEDGED" },
        { Authorize, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.Moves, "AUTHORIZED" },
        { Restrict, Polarity.Positive, Certainty.Asserted, Aspect.Transfer, EffectKind.Moves, "RESTRICTED" },
        { Restrict, Polarity.Positive, Certainty.Asserted, Aspect.Use, EffectKind.Moves, "RESTRICTED" },
        { Deny, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Moves, "DENIED" },
        { Deny, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.Moves, "DENIED" },
        { Deliver, Polarity.Positive, Certainty.Asserted, Aspect.Transfer, EffectKind.Moves, "DELIVERED" },
        { Deliver, Polarity.Positive, Certainty.Asserted, Aspect.Use, EffectKind.Context, "" },
        { Use, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.UseEvidence, "" },
        { Use, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Context, "" },
        { Use, Polarity.Negative, Certainty.Reported, Aspect.Use, EffectKind.Context, "" },
        { Use, Polarity.Positive, Certainty.Hedged, Aspect.Use, EffectKind.Context, "" },
        { EventType.Support, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Context, "" },
        { EventType.Support, Polarity.Positive, Certainty.Reported, Aspect.Use, EffectKind.Context, "" },
        { Warn, Polarity.Positive, Certainty.Asserted, Aspect.Use, EffectKind.Context, "" },
        { Deploy, Polarity.Positive, Certainty.Reported, Aspect.Transfer, EffectKind.Context, "" },

        // Certainty: hedged and expected claims point at a status but never move it.
        { Authorize, Polarity.Positive, Certainty.Hedged, Aspect.Use, EffectKind.Tentative, "AUTHORIZED" },
        { Pledge, Polarity.Positive, Certainty.Expected, Aspect.Transfer, EffectKind.Tentative, "PLEDGED" },
        { Deny, Polarity.Positive, Certainty.Hedged, Aspect.Transfer, EffectKind.Tentative, "DENIED" },
        { EventType.Request, Polarity.Positive, Certainty.Expected, Aspect.Transfer, EffectKind.Tentative, "REQUESTED" },
        { Pledge, Polarity.Negative, Certainty.Hedged, Aspect.Transfer, EffectKind.Tentative, "" },

        // Negative polarity never moves to the type's status.
        { Deny, Polarity.Negative, Certainty.Reported, Aspect.Transfer, EffectKind.Negation, "DENIED" },
        { Authorize, Polarity.Negative, Certainty.Asserted, Aspect.Transfer, EffectKind.Negation, "PLEDGED" },
        { Review, Polarity.Negative, Certainty.Asserted, Aspect.Transfer, EffectKind.Negation, "UNDER_REVIEW" },
        { Deliver, Polarity.Negative, Certainty.Asserted, Aspect.Transfer, EffectKind.Negation, "DELIVERED" },
        { Restrict, Polarity.Negative, Certainty.Asserted, Aspect.Use, EffectKind.Negation, "RESTRICTED" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EachClaimHasTheEffectTheDomainTableGivesIt(EventType type, Polarity polarity, Certainty certainty, Aspect aspect, EffectKind kind, string status)
    {
        var claim = ClaimFactory.Make(type, aspect: aspect, polarity: polarity, certainty: certainty);
        var effect = TransitionTable.Classify(claim.Event, aspect);
        Assert.Equal(kind, effect.Kind);
        Assert.Equal(status, effect.Status is null ? string.Empty : GoldNames.Of(effect.Status.Value));
    }

    // One claim alone on a question: the status the reconciled timeline ends in ("" = none).
    public static TheoryData<EventType, Polarity, Certainty, Aspect, string> Alone => new()
    {
        { EventType.Request, Polarity.Positive, Certainty.Asserted, Aspect.Transfer, "REQUESTED" },
        { EventType.Request, Polarity.Positive, Certainty.Asserted, Aspect.Use, "REQUESTED" },
        { Review, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "UNDER_REVIEW" },
        { Review, Polarity.Positive, Certainty.Reported, Aspect.Use, "UNDER_REVIEW" },
        { Pledge, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "PLEDGED" },
        { Pledge, Polarity.Negative, Certainty.Reported, Aspect.Transfer, "" },
        { Authorize, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "PLEDGED" },
        { Authorize, Polarity.Positive, Certainty.Reported, Aspect.Use, "AUTHORIZED" },
        { Restrict, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "RESTRICTED" },
        { Restrict, Polarity.Positive, Certainty.Reported, Aspect.Use, "RESTRICTED" },
        { Deny, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "DENIED" },
        { Deny, Polarity.Positive, Certainty.Reported, Aspect.Use, "DENIED" },
        { Deliver, Polarity.Positive, Certainty.Reported, Aspect.Transfer, "DELIVERED" },
        { Deny, Polarity.Negative, Certainty.Reported, Aspect.Transfer, "" },
        { Authorize, Polarity.Positive, Certainty.Hedged, Aspect.Use, "" },
        { Pledge, Polarity.Positive, Certainty.Expected, Aspect.Transfer, "" },
        { EventType.Support, Polarity.Positive, Certainty.Reported, Aspect.Use, "" },
    };

    [Theory]
    [MemberData(nameof(Alone))]
    public void OneClaimAloneGivesTheTableStatusOrNone(EventType type, Polarity polarity, Certainty certainty, Aspect aspect, string expected)
    {
        var claim = type == EventType.Request
            ? ClaimFactory.Request(aspect: aspect, certainty: certainty)
            : ClaimFactory.Make(type, aspect: aspect, polarity: polarity, certainty: certainty);
        var status = StatusReconciler.Default.Query([claim], ClaimFactory.Question(aspect: aspect));
        Assert.Equal(expected, status.Status is null ? string.Empty : GoldNames.Of(status.Status.Value));
    }
}
