using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// An attribution while the rules build it, in token indices: the cue, the speaker phrase, the
/// other links of the chain, and the content pieces. Turned into an <see cref="Domain.Analysis.Attribution"/>
/// once names are resolved.
/// </summary>
internal sealed class AttributionCandidate
{
    public AttributionCandidate(int cueFirst, int cueLast, CueEntry entry, string pattern)
    {
        CueFirst = cueFirst;
        CueLast = cueLast;
        Entry = entry;
        Pattern = pattern;
    }

    public int CueFirst { get; }

    public int CueLast { get; }

    public CueEntry Entry { get; }

    /// <summary>Which rule matched ("trailing-quote", "leading", "according-to"...).</summary>
    public string Pattern { get; set; }

    /// <summary>The speaker's phrase, when the text names one.</summary>
    public PhraseSpan? Speaker { get; set; }

    /// <summary>The speaker is implied, not named ("reportedly": media reports).</summary>
    public SourceRef? ImpliedSpeaker { get; set; }

    /// <summary>Relays, channels and origins, with their roles.</summary>
    public List<(PhraseSpan Phrase, SourceRole Role)> Links { get; } = [];

    /// <summary>Content pieces as token ranges [First, Last], in text order.</summary>
    public List<PhraseSpan> Content { get; } = [];

    /// <summary>First token of the frame (speaker and cue) when the content comes before it.</summary>
    public int FrameFirst { get; set; }

    /// <summary>True when the content comes before the frame ("..., X said").</summary>
    public bool Trailing { get; set; }

    public int Sentence { get; set; }
}
