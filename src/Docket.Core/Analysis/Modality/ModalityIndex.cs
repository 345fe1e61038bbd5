using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Modality;

/// <summary>
/// What the modality cues say about one span (an event's trigger): whether it is negated (an odd
/// number of negation cues govern it: "no one has ruled out" is not negated), hedged, or in the
/// future, and which cues govern it.
/// </summary>
public sealed record ModalityAssessment(bool Negated, bool Hedged, bool Future, IReadOnlyList<ModalityCue> Cues)
{
    public static ModalityAssessment None { get; } = new(false, false, false, []);
}

/// <summary>
/// Answers which modality cues govern a span: those whose scope holds the span's first character.
/// Immutable and thread-safe.
/// </summary>
public sealed class ModalityIndex
{
    private readonly ModalityCue[] _cues;

    public ModalityIndex(IEnumerable<ModalityCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = [.. cues.Where(c => !c.Scope.IsEmpty).OrderBy(c => c.Scope.Start)];
    }

    public static ModalityIndex Empty { get; } = new([]);

    /// <summary>The cues whose scope holds the start of <paramref name="span"/>, in text order.</summary>
    public IReadOnlyList<ModalityCue> Governing(TextSpan span)
    {
        var result = new List<ModalityCue>();
        foreach (var c in _cues)
        {
            if (c.Scope.Start > span.Start)
            {
                break;
            }

            if (c.Scope.Contains(span.Start))
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>Negated, hedged, future: the assessment of <paramref name="span"/>.</summary>
    public ModalityAssessment Assess(TextSpan span)
    {
        var cues = Governing(span);
        if (cues.Count == 0)
        {
            return ModalityAssessment.None;
        }

        var negations = cues.Count(c => c.Kind == ModalityKind.Negation);
        return new ModalityAssessment(negations % 2 == 1, cues.Any(c => c.Kind == ModalityKind.Hedge), cues.Any(c => c.Kind == ModalityKind.Future), cues);
    }
}
