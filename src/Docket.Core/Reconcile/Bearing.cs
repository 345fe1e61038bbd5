using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>How a claim bears on a question; decides its weight against other claims at the same time.</summary>
public enum Bearing
{
    /// <summary>The claim's own question (it names the system, or both are general aid).</summary>
    Named,

    /// <summary>The claim is about a class of systems that covers the question's system
    /// ("long-range rockets" for ATACMS; <see cref="SystemCatalog"/>).</summary>
    Class,

    /// <summary>A use claim with no system in an article that also makes a claim naming the
    /// question's system for the same parties: the article ties the general policy to the system.</summary>
    ArticleTie,

    /// <summary>A context event (USE, WARN, DEPLOY, SUPPORT) related to the question: a signal only.</summary>
    Context,
}

/// <summary>A claim routed to a question, with how it bears on it.</summary>
public readonly record struct BearingClaim(Claim Claim, Bearing Bearing)
{
    /// <summary>2 when named, 1 for a class or an article tie, 0 for context: at the same time the
    /// specific claim outranks the general one.</summary>
    public int Specificity => Bearing switch
    {
        Bearing.Named => 2,
        Bearing.Class or Bearing.ArticleTie => 1,
        _ => 0,
    };
}
