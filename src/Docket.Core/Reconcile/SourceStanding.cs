using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>
/// How much a claim's attribution weighs when two independent reports disagree at the same
/// time (DOMAIN.md, "Across articles": named sources speaking on record come before unnamed ones,
/// and first-hand sources before those passed on through someone else).
/// <list type="bullet">
/// <item><b>Anonymous</b> when the original source (the last link of the chain, which is written
/// nearest relay first) is unnamed: it says "anonymous", "unnamed", "unidentified" or "familiar
/// with", or it is a bare group ("US officials", "sources", "media reports", "insiders"). The gold
/// convention writes unnamed sources with "anonymous"; bare plural groups are read the same way.
/// A person, an office or an institution speaking for itself ("John Kirby", "Pentagon") is on record.</item>
/// <item><b>Relay</b> when the chain has two or more links: the outlet reports what another party
/// relayed ("The New York Times" &lt;- "anonymous U.S. officials"). One link, or none (the outlet
/// asserts it itself), is primary. A single cited outlet ("The Wall Street Journal") therefore
/// counts as primary: the chain length is the only relay signal the claim carries.</item>
/// </list>
/// <see cref="Rank"/> orders on-record before anonymous, then primary before relay.
/// </summary>
public readonly record struct SourceStanding(bool OnRecord, bool Primary)
{
    private static readonly string[] AnonymousMarks = ["anonymous", "unnamed", "unidentified", "familiar with", "on condition of"];
    private static readonly string[] GroupEndings = ["officials", "official", "sources", "source", "reports", "media", "insiders", "diplomats", "people"];

    /// <summary>3 on-record primary, 2 on-record relay, 1 anonymous primary, 0 anonymous relay.</summary>
    public int Rank => (OnRecord ? 2 : 0) + (Primary ? 1 : 0);

    public static SourceStanding Of(DecisionEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var chain = e.Sources;
        if (chain.Count == 0)
        {
            return new(OnRecord: true, Primary: true);
        }

        return new(OnRecord: !IsAnonymous(chain[^1]), Primary: chain.Count < 2);
    }

    /// <summary>True when a source name is unnamed (see the type's rules).</summary>
    public static bool IsAnonymous(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var s = source.Trim().ToLowerInvariant();
        foreach (var mark in AnonymousMarks)
        {
            if (s.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var lastSpace = s.LastIndexOf(' ');
        var lastWord = lastSpace < 0 ? s : s[(lastSpace + 1)..];

        // "US officials", "a defense official", "sources", "media reports": nobody named.
        return Array.IndexOf(GroupEndings, lastWord) >= 0;
    }
}
