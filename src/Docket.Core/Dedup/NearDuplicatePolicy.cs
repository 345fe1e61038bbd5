namespace Docket.Core.Dedup;

/// <summary>
/// The settings of near-duplicate detection. Signatures and band keys are stored, so changing
/// <see cref="ShingleSize"/>, <see cref="HashFunctions"/>, <see cref="RowsPerBand"/> or
/// <see cref="Seed"/> makes stored signatures incomparable: do it only with a store migration
/// that recomputes them. The thresholds can change freely.
/// </summary>
public sealed record NearDuplicatePolicy
{
    /// <summary>The defaults, measured on tests/Docket.Tests/TestData/Dedup (see NearDuplicateCorpusTests).</summary>
    public static NearDuplicatePolicy Default { get; } = new();

    /// <summary>Words per shingle. 3 keeps a typo fix or a changed word from breaking many shingles.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>Number of MinHash functions (signature length).</summary>
    public int HashFunctions { get; init; } = 128;

    /// <summary>Signature positions per LSH band. 64 bands of 2 rows make a pair with Jaccard 0.3
    /// a candidate 99.8% of the time, so trimmed reprints are found; verification then decides.</summary>
    public int RowsPerBand { get; init; } = 2;

    /// <summary>Seed of the hash functions. Fixed: stored signatures depend on it.</summary>
    public ulong Seed { get; init; } = 0x5EED_D0C4_E7_2024UL;

    /// <summary>Two texts whose estimated Jaccard similarity reaches this are near-duplicates.</summary>
    public double JaccardThreshold { get; init; } = 0.5;

    /// <summary>Two texts are also near-duplicates when this share of the smaller one's shingles
    /// is in the larger (a trimmed reprint, a copy with an added paragraph)...</summary>
    public double ContainmentThreshold { get; init; } = 0.7;

    /// <summary>...provided the smaller text has at least this many shingles, so that a
    /// one-line text is not "contained" in every story that happens to repeat it...</summary>
    public int MinContainedShingles { get; init; } = 40;

    /// <summary>...and the larger has at most this many times the smaller's shingles. A reprint is
    /// mostly the same text; a page several times longer than a story it contains is a compilation
    /// (a live blog, a roundup, a page with related articles embedded), and letting it join the
    /// story would chain unrelated stories into one group. Measured on ukraine-war-news-2022:
    /// the pages this excludes held two or more unrelated stories.</summary>
    public double MaxContainmentSizeRatio { get; init; } = 3.0;

    public int Bands => HashFunctions / RowsPerBand;
}
