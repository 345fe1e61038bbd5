using Docket.Domain.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Domain;

public sealed class SourceMapTests
{
    [Fact]
    public void IdentityMapsEveryOffsetToItself()
    {
        var map = SourceMap.Identity(10);
        Assert.Equal(new TextSpan(3, 7), map.ToSource(new TextSpan(3, 7)));
    }

    [Fact]
    public void ExactSegmentsSkipRemovedSourceText()
    {
        // Derived "abXYZ" from source "ab----XYZ": the dashes were removed.
        var map = new SourceMap.Builder().AppendExact(0, 2).AppendExact(6, 3).Build();
        Assert.Equal(new TextSpan(6, 9), map.ToSource(new TextSpan(2, 5)));
        Assert.Equal(new TextSpan(1, 7), map.ToSource(new TextSpan(1, 3)));
    }

    [Fact]
    public void ReplacedSegmentMapsToItsWholeSourceRange()
    {
        // "a&b" from "a&amp;b".
        var map = new SourceMap.Builder().AppendExact(0, 1).AppendReplaced(1, 1, 5).AppendExact(6, 1).Build();
        Assert.Equal(new TextSpan(1, 6), map.ToSource(new TextSpan(1, 2)));
        Assert.Equal(new TextSpan(0, 7), map.ToSource(new TextSpan(0, 3)));
    }

    [Fact]
    public void ComposeChainsTwoMaps()
    {
        var inner = new SourceMap.Builder().AppendExact(10, 5).AppendExact(30, 5).Build(); // B(10) -> A
        var outer = new SourceMap.Builder().AppendExact(3, 4).Build(); // C(4) -> B[3..7)
        var composed = SourceMap.Compose(outer, inner);
        Assert.Equal(new TextSpan(13, 32), composed.ToSource(new TextSpan(0, 4)));
        Assert.Equal(2, composed.Segments.Length);
    }

    [Fact]
    public void ArrayFormRoundTrips()
    {
        var map = new SourceMap.Builder().AppendExact(0, 2).AppendReplaced(1, 2, 5).AppendReplaced(2, 7, 0).AppendExact(9, 4).Build();
        var back = SourceMap.FromArray(map.ToArray());
        Assert.Equal(map.Segments, back.Segments);
    }

    [Fact]
    public void DeletingCharactersKeepsEveryKeptCharacterAtItsSourceOffset()
    {
        Prop.ForAll(
            Gen.Elements('a', 'b', ' ', '\u00a0', '\u200b').ArrayOf().ToArbitrary(),
            chars =>
            {
                var source = new string(chars);
                var builder = new SourceMap.Builder();
                var derived = new System.Text.StringBuilder();
                for (var i = 0; i < source.Length; i++)
                {
                    if (source[i] != '\u200b')
                    {
                        builder.AppendExact(i, 1);
                        derived.Append(source[i]);
                    }
                }

                var map = builder.Build();
                for (var d = 0; d < derived.Length; d++)
                {
                    var s = map.ToSource(new TextSpan(d, d + 1));
                    if (source.Substring(s.Start, s.Length) != derived[d].ToString())
                    {
                        return false;
                    }
                }

                return true;
            }).QuickCheckThrowOnFailure();
    }
}
