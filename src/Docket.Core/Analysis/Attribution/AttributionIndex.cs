using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Answers, for a span of the text (an event's trigger), who the text attributes it to: the
/// attribution chain of every reported-speech attribution whose content covers the span,
/// outermost first, joined into one chain (""...," Cohen told the broadcaster Channel 12, Ynet
/// reported" gives Ynet, Channel 12, Cohen). Empty when the outlet asserts the span itself. Only
/// <see cref="AttributionKind.Speech"/> attributions count (a belief or stance does not make a
/// claim reported); <see cref="Covering"/> returns them all. Immutable and thread-safe.
/// </summary>
public sealed class AttributionIndex
{
    private readonly Domain.Analysis.Attribution[] _byContentStart;

    public AttributionIndex(IEnumerable<Domain.Analysis.Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        _byContentStart = [.. attributions.OrderBy(a => a.Content.Start).ThenByDescending(a => a.Content.End)];
    }

    public static AttributionIndex Empty { get; } = new([]);

    /// <summary>Every attribution (of any kind) whose content pieces cover <paramref name="span"/>, outermost first.</summary>
    public IReadOnlyList<Domain.Analysis.Attribution> Covering(TextSpan span)
    {
        var result = new List<Domain.Analysis.Attribution>();
        foreach (var a in _byContentStart)
        {
            if (a.Content.Start > span.Start)
            {
                break;
            }

            if (a.Content.End >= span.End && a.ContentParts.Any(p => p.Contains(span)))
            {
                result.Add(a);
            }
        }

        result.Sort((x, y) => y.Content.Length.CompareTo(x.Content.Length));
        return result;
    }

    /// <summary>The speech attribution nearest to <paramref name="span"/> (the innermost that covers it), or null.</summary>
    public Domain.Analysis.Attribution? Nearest(TextSpan span) => Covering(span).LastOrDefault(a => a.Kind == AttributionKind.Speech);

    /// <summary>
    /// The attribution chain of <paramref name="span"/>, nearest relay first: the links of each
    /// covering speech attribution, outermost attribution first. Empty when the outlet asserts it.
    /// </summary>
    public IReadOnlyList<SourceRef> ChainFor(TextSpan span)
    {
        var chain = new List<SourceRef>();
        foreach (var a in Covering(span))
        {
            if (a.Kind == AttributionKind.Speech)
            {
                chain.AddRange(a.Chain);
            }
        }

        return chain;
    }

    /// <summary>
    /// The same links in the order of the gold files' <c>sources</c>: from the innermost
    /// attribution outward, each as speaker, then its origins, channels and relays ("Saar told Army
    /// Radio, Haaretz reported" gives Saar, Army Radio, Haaretz; "The New York Times reported,
    /// citing anonymous U.S. officials" gives the Times, then the officials).
    /// </summary>
    public IReadOnlyList<SourceRef> SourcesOutward(TextSpan span)
    {
        var sources = new List<SourceRef>();
        foreach (var a in Covering(span).Where(a => a.Kind == AttributionKind.Speech).Reverse())
        {
            sources.AddRange(a.Chain.OrderBy(c => c.Role switch
            {
                SourceRole.Speaker => 0,
                SourceRole.Origin => 1,
                SourceRole.Channel => 2,
                _ => 3,
            }));
        }

        return sources;
    }
}
