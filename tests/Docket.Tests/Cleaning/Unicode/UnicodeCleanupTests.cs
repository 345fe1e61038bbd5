using Docket.Core.Cleaning.Unicode;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Cleaning.Unicode;

public sealed class UnicodeCleanupTests
{
    [Theory]
    [InlineData("a\u00a0b", "a b")]
    [InlineData("a\u202fb\u2009c\u3000d", "a b c d")]
    [InlineData("a\tb", "a b")]
    [InlineData("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined")]
    [InlineData("soft\u00adhyphen", "softhyphen")]
    [InlineData("bidi\u200e mark\u202b here\u202c", "bidi mark here")]
    [InlineData("line\r\nbreak\rand\u2028more", "line\nbreak\nand\nmore")]
    [InlineData("bell\u0007 and\u0000 nul", "bell and nul")]
    [InlineData("many     spaces", "many spaces")]
    [InlineData("Putin\u00a0 warning", "Putin warning")]
    [InlineData("Kyiv’s “urgent” request — ‘now’", "Kyiv’s “urgent” request — ‘now’")]
    [InlineData("paragraph\n\nparagraph", "paragraph\n\nparagraph")]
    [InlineData("", "")]
    public void ExoticCharactersAreCleanedAndLettersAndQuotesAreKept(string input, string expected)
    {
        Assert.Equal(expected, UnicodeNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void SpacesAreNotCollapsedWhenThatIsSwitchedOff()
    {
        Assert.Equal("a   b", UnicodeNormalizer.Normalize("a \u00a0 b", new UnicodeCleanupOptions { CollapseSpaces = false }).Text);
    }

    [Fact]
    public void EveryCleanCharacterMapsToSourceTextThatCleansToIt()
    {
        var chars = Gen.Elements(
            'a', 'b', 'Z', '’', '“', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u202f', '\u2009', '\u3000', '\u200b', '\u200d',
            '\u2060', '\ufeff', '\u00ad', '\u200e', '\u202e', '\u2028', '\u0085', '\u0001', '\u007f', '\u009c');
        Prop.ForAll(chars.ArrayOf().ToArbitrary(), array =>
        {
            var source = new string(array);
            var (clean, map) = UnicodeNormalizer.Normalize(source);
            Assert.Equal(clean.Length, map.DerivedLength);
            for (var i = 0; i < clean.Length; i++)
            {
                var span = map.ToSource(new TextSpan(i, i + 1));
                Assert.Equal(clean[i].ToString(), UnicodeNormalizer.Normalize(span.Of(source)).Text);
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheStageComposesItsMapWithTheBodysEarlierMap()
    {
        // An earlier stage kept "x\u00a0y" out of "HEADER x\u00a0y".
        var text = "HEADER x\u00a0\u00a0y";
        var context = new DocumentContext(new RawDocument("t", text, DocumentFormat.PlainText, DocumentHints.None), TimeProvider.System);
        context.ReplaceBody(text[7..], new SourceMap.Builder().AppendExact(7, text.Length - 7).Build());
        new UnicodeCleanupStage().Process(context);
        Assert.Equal("x y", context.Body);
        Assert.Equal(new TextSpan(8, 10), context.ToSource(1, 2));
        Assert.Equal(new TextSpan(10, 11), context.ToSource(2, 3));
    }
}
