namespace Docket.Core.Ingest;

/// <summary>Something noticed while reading an input that did not stop it (a fallback
/// encoding, a skipped hidden file): the input, and what happened.</summary>
public sealed record IngestNote(string Input, string Message)
{
    public override string ToString() => $"{Input}: {Message}";
}
