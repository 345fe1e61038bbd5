using Docket.Core.Analysis.Text;
using Docket.Domain.Analysis;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S. officials", "U.S.|officials")]
    [InlineData("U.S.-made long-range weapons", "U.S.|-|made|long-range|weapons")]
    [InlineData("Biden's move", "Biden|'s|move")]
    [InlineData("Kyiv\u2019s constraint", "Kyiv|\u2019s|constraint")]
    [InlineData("don't stop", "don't|stop")]
    [InlineData("Sen. Roger Wicker, R-Miss., said", "Sen.|Roger|Wicker|,|R-Miss.|,|said")]
    [InlineData("F-16 and MiG-29 jets, T-72B tanks", "F-16|and|MiG-29|jets|,|T-72B|tanks")]
    [InlineData("$400 million, 1,100 drones, 3.5 km", "$|400|million|,|1,100|drones|,|3.5|km")]
    [InlineData("on 2024-11-17 at 10 a.m.", "on|2024-11-17|at|10|a.m.")]
    [InlineData("a 155mm shell in the 1970s", "a|155mm|shell|in|the|1970s")]
    [InlineData("wait... no -- yes", "wait|...|no|--|yes")]
    [InlineData("\"at war\" with Moscow.", "\"|at|war|\"|with|Moscow|.")]
    [InlineData("in Sept. 2022", "in|Sept.|2022")]
    [InlineData("Wilson (R-S.C.) and Paul D. Ryan", "Wilson|(|R-S.C.|)|and|Paul|D.|Ryan")]
    public void SplitsNewsTextTheWayAnalysisExpects(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
    }

    [Fact]
    public void NumbersAndWordsGetTheirKinds()
    {
        var tokens = Tokenizer.Tokenize("90 tanks, 10th day.");
        Assert.Equal(
            [TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Word, TokenKind.Punctuation],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void EveryTokenSpanCoversExactlyItsTextAndTokensDoNotOverlap()
    {
        Prop.ForAll(
            Gen.Elements("U.S.", "Biden's", " ", "\n", "F-16", ".", ",", "\"", "\u2019", "1,100", "a.m.", "-", "--", "Sen.", "x", "\u00a0", "é", "\ud83d\ude00", "...")
                .ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var tokens = Tokenizer.Tokenize(text);
                var last = 0;
                foreach (var t in tokens)
                {
                    if (t.Span.Start < last || t.Span.End > text.Length || t.Span.Of(text) != t.Text || t.Text.Length == 0)
                    {
                        return false;
                    }

                    last = t.Span.End;
                }

                // Nothing but whitespace is left out.
                var covered = tokens.Sum(t => t.Span.Length);
                return covered == text.Count(c => !char.IsWhiteSpace(c) && !char.IsControl(c));
            }).QuickCheckThrowOnFailure();
    }
}
