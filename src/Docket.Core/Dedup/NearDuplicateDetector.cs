using System.Collections.Immutable;

namespace Docket.Core.Dedup;

/// <summary>How similar two texts are, estimated from their signatures.</summary>
/// <param name="Jaccard">Estimated |A∩B| / |A∪B| of their shingle sets.</param>
/// <param name="Containment">Estimated |A∩B| / min(|A|, |B|).</param>
/// <param name="IsNearDuplicate">Whether the policy counts them as one story.</param>
public readonly record struct Similarity(double Jaccard, double Containment, bool IsNearDuplicate);

/// <summary>
/// Near-duplicate detection by MinHash over word shingles with LSH banding (syndicated copies,
/// lightly edited reprints, wire copies with another intro line). <see cref="Sign"/> makes a
/// text's signature, <see cref="BandKeys"/> the keys under which an index files it (two texts
/// that share a key are candidates), and <see cref="Compare"/> verifies a candidate pair.
/// Immutable and thread-safe.
/// </summary>
public sealed class NearDuplicateDetector
{
    private const ulong BandSeed = 0x646F636B65742D62UL; // "docket-b"
    private readonly ulong[] _seeds;

    public NearDuplicateDetector(NearDuplicatePolicy? policy = null)
    {
        Policy = policy ?? NearDuplicatePolicy.Default;
        if (Policy.HashFunctions < 1 || Policy.RowsPerBand < 1 || Policy.HashFunctions % Policy.RowsPerBand != 0)
        {
            throw new ArgumentException("HashFunctions must be a positive multiple of RowsPerBand.", nameof(policy));
        }

        _seeds = StableHash.Seeds(Policy.HashFunctions, Policy.Seed);
    }

    public NearDuplicatePolicy Policy { get; }

    /// <summary>The MinHash signature of <paramref name="text"/>.</summary>
    public MinHashSignature Sign(string text)
    {
        var shingles = Shingler.Shingles(text, Policy.ShingleSize);
        var mins = new ulong[_seeds.Length];
        Array.Fill(mins, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < mins.Length; i++)
            {
                var h = StableHash.Mix(shingle ^ _seeds[i]);
                if (h < mins[i])
                {
                    mins[i] = h;
                }
            }
        }

        return new MinHashSignature(ImmutableArray.Create(mins), shingles.Count);
    }

    /// <summary>
    /// One key per LSH band: a hash of the band's index and its rows. Texts that share any key
    /// are candidates. A text with no words has no keys. Keys are signed so that every store
    /// can keep them in a 64-bit integer column.
    /// </summary>
    public IReadOnlyList<long> BandKeys(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.IsEmpty)
        {
            return [];
        }

        var rows = Policy.RowsPerBand;
        var keys = new long[Policy.Bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var h = StableHash.Add(StableHash.Start(BandSeed), (ulong)band);
            for (var r = 0; r < rows; r++)
            {
                h = StableHash.Add(h, signature.Values[(band * rows) + r]);
            }

            keys[band] = unchecked((long)StableHash.Finish(h));
        }

        return keys;
    }

    /// <summary>Estimates how similar two texts are and whether the policy makes them one story.</summary>
    public Similarity Compare(MinHashSignature a, MinHashSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var jaccard = a.EstimateJaccard(b);
        var containment = a.EstimateContainment(b, jaccard);
        var smaller = Math.Min(a.ShingleCount, b.ShingleCount);
        var larger = Math.Max(a.ShingleCount, b.ShingleCount);
        var near = !a.IsEmpty && !b.IsEmpty
            && (jaccard >= Policy.JaccardThreshold
                || (containment >= Policy.ContainmentThreshold
                    && smaller >= Policy.MinContainedShingles
                    && larger <= Policy.MaxContainmentSizeRatio * smaller));
        return new Similarity(jaccard, containment, near);
    }
}
