using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>
/// A claim's knowledge time (DOMAIN.md, "Two times"): when it could first be known.
/// <list type="bullet">
/// <item>The publication date, or its estimate (<see cref="Claim.PublishedEstimated"/>). A
/// publication date known only to the month or year counts from its first day: a knowledge time
/// is a lower bound, as the estimate rule makes it ("the latest date its own text states").</item>
/// <item>Without any publication date, the day Docket ingested the article (an upper bound: it
/// existed by then).</item>
/// <item>Without either, the knowledge time is unknown, and the claim is used only when no
/// as-of date is given (everything known now).</item>
/// </list>
/// <c>as of D</c> keeps the claims known on or before D.
/// </summary>
public static class KnowledgeTime
{
    /// <summary>First day the claim could be known, or null when nothing says.</summary>
    public static DateOnly? Of(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Published is { } p)
        {
            return p.Earliest;
        }

        return claim.Ingested == default ? null : DateOnly.FromDateTime(claim.Ingested.UtcDateTime);
    }

    /// <summary>True when the claim may be used for an as-of query on <paramref name="asOf"/>.</summary>
    public static bool KnownBy(Claim claim, DateOnly? asOf)
    {
        if (asOf is null)
        {
            return true;
        }

        return Of(claim) is { } known && known <= asOf.Value;
    }
}
