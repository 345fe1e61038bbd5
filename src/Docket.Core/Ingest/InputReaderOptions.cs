namespace Docket.Core.Ingest;

/// <summary>Limits and settings for reading inputs. The defaults suit news articles and feeds.</summary>
public sealed record InputReaderOptions
{
    /// <summary>Largest input accepted, after decompression (50 MB): a bigger file, download or
    /// decompressed stream is a failure, never a partial document.</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>How long one web address may take, redirects and body included (20 s).</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Most redirects followed for one web address (5).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Deepest JSON nesting accepted; deeper documents are failures (64).</summary>
    public int MaxJsonDepth { get; init; } = 64;
}
