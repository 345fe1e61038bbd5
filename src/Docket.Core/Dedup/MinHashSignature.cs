using System.Buffers.Binary;
using System.Collections.Immutable;

namespace Docket.Core.Dedup;

/// <summary>
/// The MinHash signature of one text: for each of the detector's hash functions, the least hash
/// of any of the text's shingles, and how many distinct shingles the text has. Two signatures
/// agree at a position with probability equal to the Jaccard similarity of the two shingle sets.
/// Immutable.
/// </summary>
public sealed class MinHashSignature
{
    internal MinHashSignature(ImmutableArray<ulong> values, int shingleCount)
    {
        Values = values;
        ShingleCount = shingleCount;
    }

    /// <summary>One minimum per hash function.</summary>
    public ImmutableArray<ulong> Values { get; }

    /// <summary>Number of distinct shingles of the text (0 for a text with no words).</summary>
    public int ShingleCount { get; }

    /// <summary>True when the text had no words: such a text is nobody's near-duplicate.</summary>
    public bool IsEmpty => ShingleCount == 0;

    /// <summary>Estimated Jaccard similarity |A∩B| / |A∪B|: the share of positions that agree.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Values.Length != Values.Length)
        {
            throw new ArgumentException("Signatures from detectors with different numbers of hash functions cannot be compared.", nameof(other));
        }

        if (IsEmpty || other.IsEmpty)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                same++;
            }
        }

        return (double)same / Values.Length;
    }

    /// <summary>
    /// Estimated containment of the smaller set in the larger, |A∩B| / min(|A|, |B|), derived
    /// from the Jaccard estimate and the two set sizes (|A∩B| = J·(|A|+|B|)/(1+J)). High for a
    /// trimmed reprint or a copy with an added paragraph, whose Jaccard is pulled down by the
    /// size difference alone.
    /// </summary>
    public double EstimateContainment(MinHashSignature other, double jaccard)
    {
        ArgumentNullException.ThrowIfNull(other);
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0)
        {
            return 0;
        }

        var intersection = jaccard * (ShingleCount + other.ShingleCount) / (1 + jaccard);
        return Math.Min(1.0, intersection / smaller);
    }

    /// <summary>Compact storage form: the shingle count, then the values, little-endian.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[4 + (8 * Values.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, ShingleCount);
        for (var i = 0; i < Values.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + (8 * i)), Values[i]);
        }

        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/>'s form; null when the bytes are not a signature.</summary>
    public static MinHashSignature? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || (bytes.Length - 4) % 8 != 0)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var values = ImmutableArray.CreateBuilder<ulong>((bytes.Length - 4) / 8);
        for (var offset = 4; offset < bytes.Length; offset += 8)
        {
            values.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes[offset..]));
        }

        return count < 0 ? null : new MinHashSignature(values.MoveToImmutable(), count);
    }
}
