namespace Docket.Core.Analysis.Attribution;

/// <summary>A run of tokens [First, Last] (inclusive) found by the phrase rules.</summary>
internal readonly record struct PhraseSpan(int First, int Last)
{
    public int Length => Last - First + 1;
}
