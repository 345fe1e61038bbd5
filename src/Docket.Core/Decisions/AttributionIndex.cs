using Docket.Domain.Analysis;

namespace Docket.Core.Decisions;

/// <summary>Finds the attribution that governs a trigger: the one whose content holds it, the
/// innermost when several nest ("Haaretz reported that Saar told Army Radio that ...").</summary>
internal sealed class AttributionIndex
{
    private readonly IReadOnlyList<Attribution> _attributions;

    public AttributionIndex(IReadOnlyList<Attribution> attributions)
    {
        _attributions = attributions;
    }

    /// <summary>The attribution whose content holds <paramref name="offset"/>, or whose cue it is
    /// ("announced" in "Austin announced the package" governs nothing but reports itself).</summary>
    public Attribution? Governing(int offset)
    {
        Attribution? best = null;
        foreach (var a in _attributions)
        {
            if (a.Content.Contains(offset) && (best is null || a.Content.Length < best.Content.Length))
            {
                best = a;
            }
        }

        return best;
    }

    /// <summary>Every attribution whose content holds the offset, innermost first, merged into one
    /// chain from the nearest relay to the original source, without repeats.</summary>
    public IReadOnlyList<SourceRef> Chain(int offset)
    {
        if (_chains.TryGetValue(offset, out var known))
        {
            return known;
        }

        var chain = BuildChain(offset);
        _chains[offset] = chain;
        return chain;
    }

    private readonly Dictionary<int, IReadOnlyList<SourceRef>> _chains = [];

    private List<SourceRef> BuildChain(int offset)
    {
        var holding = _attributions.Where(a => a.Content.Contains(offset)).OrderByDescending(a => a.Content.Length).ToList();
        var chain = new List<SourceRef>();
        foreach (var a in holding)
        {
            foreach (var s in a.Chain)
            {
                if (!chain.Exists(c => string.Equals(c.Name, s.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    chain.Add(s);
                }
            }
        }

        return chain;
    }
}
