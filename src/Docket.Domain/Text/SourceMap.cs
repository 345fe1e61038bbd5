using System.Collections.Immutable;

namespace Docket.Domain.Text;

/// <summary>
/// Maps offsets in a derived string (a cleaned body, an HTML page's visible text) back to
/// offsets in the original string it was made from. It is a sorted list of segments; a segment
/// either copies its source one code unit for one (exact) or replaces a source range with text
/// of another length (an HTML entity, a removed zero-width character), in which case offsets
/// inside it map to the segment's start or end. Immutable and thread-safe.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableArray<Segment> _segments;

    private SourceMap(ImmutableArray<Segment> segments, int derivedLength)
    {
        _segments = segments;
        DerivedLength = derivedLength;
    }

    /// <summary>One segment: <c>DerivedLength</c> code units at <c>DerivedStart</c> come from
    /// <c>SourceLength</c> code units at <c>SourceStart</c>.</summary>
    public readonly record struct Segment(int DerivedStart, int DerivedLength, int SourceStart, int SourceLength)
    {
        public bool IsExact => DerivedLength == SourceLength;

        public int DerivedEnd => DerivedStart + DerivedLength;

        public int SourceEnd => SourceStart + SourceLength;
    }

    /// <summary>Length of the derived string this map describes.</summary>
    public int DerivedLength { get; }

    public ImmutableArray<Segment> Segments => _segments;

    /// <summary>The map of a string onto itself.</summary>
    public static SourceMap Identity(int length) =>
        length == 0
            ? new SourceMap([], 0)
            : new SourceMap([new Segment(0, length, 0, length)], length);

    /// <summary>Source offset of the code unit at derived offset <paramref name="derived"/>
    /// (or of the end of the source, for the derived string's end).</summary>
    public int ToSourceStart(int derived)
    {
        if (_segments.IsEmpty)
        {
            return 0;
        }

        if (derived >= DerivedLength)
        {
            return _segments[^1].SourceEnd;
        }

        var seg = _segments[Find(derived)];
        return seg.IsExact ? seg.SourceStart + (derived - seg.DerivedStart) : seg.SourceStart;
    }

    /// <summary>Source offset just past the code unit before derived offset
    /// <paramref name="derivedEnd"/> (an exclusive end).</summary>
    public int ToSourceEnd(int derivedEnd)
    {
        if (_segments.IsEmpty)
        {
            return 0;
        }

        if (derivedEnd <= 0)
        {
            return _segments[0].SourceStart;
        }

        var seg = _segments[Find(Math.Min(derivedEnd, DerivedLength) - 1)];
        return seg.IsExact ? seg.SourceStart + (Math.Min(derivedEnd, DerivedLength) - seg.DerivedStart) : seg.SourceEnd;
    }

    /// <summary>The source span that a derived span was made from.</summary>
    public TextSpan ToSource(TextSpan derived)
    {
        if (derived.IsEmpty)
        {
            var at = ToSourceStart(derived.Start);
            return new TextSpan(at, at);
        }

        var start = ToSourceStart(derived.Start);
        var end = ToSourceEnd(derived.End);
        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>
    /// Composes two maps: <paramref name="outer"/> maps a string C onto B and
    /// <paramref name="inner"/> maps B onto A; the result maps C onto A.
    /// </summary>
    public static SourceMap Compose(SourceMap outer, SourceMap inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        var builder = new Builder();
        foreach (var o in outer._segments)
        {
            if (!o.IsExact)
            {
                var s = inner.ToSourceStart(o.SourceStart);
                var e = o.SourceLength == 0 ? s : inner.ToSourceEnd(o.SourceEnd);
                builder.AppendReplaced(o.DerivedLength, s, Math.Max(0, e - s));
                continue;
            }

            // Exact outer segment: split it along the inner segments it crosses.
            var pos = o.SourceStart;
            var end = o.SourceEnd;
            while (pos < end)
            {
                var idx = inner.Find(pos);
                var seg = inner._segments[idx];
                var pieceEnd = Math.Min(end, seg.DerivedEnd);
                var len = pieceEnd - pos;
                if (seg.IsExact)
                {
                    builder.AppendExact(seg.SourceStart + (pos - seg.DerivedStart), len);
                }
                else
                {
                    builder.AppendReplaced(len, seg.SourceStart, seg.SourceLength);
                }

                pos = pieceEnd;
            }
        }

        return builder.Build();
    }

    /// <summary>Flat integer form for storage: four numbers per segment.</summary>
    public int[] ToArray()
    {
        var result = new int[_segments.Length * 4];
        for (var i = 0; i < _segments.Length; i++)
        {
            var s = _segments[i];
            result[i * 4] = s.DerivedStart;
            result[(i * 4) + 1] = s.DerivedLength;
            result[(i * 4) + 2] = s.SourceStart;
            result[(i * 4) + 3] = s.SourceLength;
        }

        return result;
    }

    /// <summary>Rebuilds a map from <see cref="ToArray"/>'s form.</summary>
    public static SourceMap FromArray(IReadOnlyList<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count % 4 != 0)
        {
            throw new FormatException("A source map has four numbers per segment.");
        }

        var builder = new Builder();
        for (var i = 0; i < values.Count; i += 4)
        {
            builder.AppendReplaced(values[i + 1], values[i + 2], values[i + 3]);
        }

        return builder.Build();
    }

    private int Find(int derived)
    {
        int lo = 0, hi = _segments.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_segments[mid].DerivedStart <= derived)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Builds a map while a derived string is written left to right.</summary>
    public sealed class Builder
    {
        private readonly ImmutableArray<Segment>.Builder _segments = ImmutableArray.CreateBuilder<Segment>();
        private int _length;

        /// <summary>Length of the derived string so far.</summary>
        public int Length => _length;

        /// <summary>The next <paramref name="length"/> derived code units copy the source from
        /// <paramref name="sourceStart"/>.</summary>
        public Builder AppendExact(int sourceStart, int length)
        {
            if (length <= 0)
            {
                return this;
            }

            if (_segments.Count > 0)
            {
                var last = _segments[^1];
                if (last.IsExact && last.SourceEnd == sourceStart)
                {
                    _segments[^1] = last with { DerivedLength = last.DerivedLength + length, SourceLength = last.SourceLength + length };
                    _length += length;
                    return this;
                }
            }

            _segments.Add(new Segment(_length, length, sourceStart, length));
            _length += length;
            return this;
        }

        /// <summary>The next <paramref name="derivedLength"/> derived code units stand for the
        /// <paramref name="sourceLength"/> source code units at <paramref name="sourceStart"/>
        /// (a separator inserted between two kept blocks has source length 0).</summary>
        public Builder AppendReplaced(int derivedLength, int sourceStart, int sourceLength)
        {
            if (derivedLength <= 0)
            {
                return this;
            }

            if (derivedLength == sourceLength)
            {
                return AppendExact(sourceStart, derivedLength);
            }

            _segments.Add(new Segment(_length, derivedLength, sourceStart, Math.Max(0, sourceLength)));
            _length += derivedLength;
            return this;
        }

        public SourceMap Build() => new(_segments.ToImmutable(), _length);
    }
}
