using Docket.Core.Analysis.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Quantities;

public sealed class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    /// <summary>Text, the quantity expected, its amount, unit, approximation and bound.</summary>
    public static TheoryData<string, string, double?, string, bool, string?> Cases { get; } = new()
    {
        { "ATACMS can strike targets 300 kilometers away.", "300 kilometers", 300, "km", false, null },
        { "That is a range of 186 miles.", "186 miles", 186, "mi", false, null },
        { "The package is worth $400 million.", "$400 million", 400_000_000, "USD", false, null },
        { "Berlin pledged €1.5bn in air defence.", "€1.5bn", 1_500_000_000, "EUR", false, null },
        { "London added £2.3 billion.", "£2.3 billion", 2_300_000_000, "GBP", false, null },
        { "Russia massed thousands of troops at the border.", "thousands of troops", 1000, "troops", true, null },
        { "Kyiv launched more than 1,000 drones.", "more than 1,000 drones", 1000, "drones", false, "MORE_THAN" },
        { "Poland sent 45 of the refurbished tanks.", "45 of the refurbished tanks", 45, "tanks", false, null },
        { "The jets fly at 25,000 feet.", "25,000 feet", 25000, "ft", false, null },
        { "Support fell to 90 percent.", "90 percent", 90, "percent", false, null },
        { "Prices rose 12% in a year.", "12%", 12, "percent", false, null },
        { "About 300 soldiers crossed the river.", "About 300 soldiers", 300, "soldiers", true, null },
        { "The brigade received up to 31 Abrams tanks.", "up to 31 Abrams tanks", 31, "tanks", false, "EQUAL_OR_LESS" },
        { "Tens of thousands of civilians fled.", "Tens of thousands of civilians", 10000, "civilians", true, null },
        { "It shipped two dozen howitzers.", "two dozen howitzers", 24, "howitzers", false, null },
        { "The FAA will close 149 towers.", "149 towers", 149, "towers", false, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachQuantityIsFoundWithItsAmountAndUnit(string text, string surface, double? amount, string unit, bool approximate, string? mod)
    {
        var q = Assert.Single(Recognizer.Recognize(text), x => x.Surface == surface);
        Assert.Equal(amount is null ? null : (decimal)amount.Value, q.Amount);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(approximate, q.Approximate);
        Assert.Equal(mod, q.Mod);
        Assert.False(string.IsNullOrEmpty(q.Rule));
    }

    [Theory]
    [InlineData("The war began in 2022 and has lasted three years.")]
    [InlineData("Germany sent Leopard 2 tanks and more.")]
    [InlineData("The 2013 elections were held on March 22.")]
    [InlineData("One of them said no.")]
    public void NumbersWithoutAUnitOrACountedThingAreNoQuantities(string text)
    {
        Assert.Empty(Recognizer.Recognize(text));
    }

    [Fact]
    public void EverySpanLiesInsideTheTextAndCoversItsSurface()
    {
        string[] fragments = ["$400 million", "1,000", "drones", " ", "thousands of", "troops", "45", "of the", "%", "€", "1.5bn", "km", "-", ".", ",", "more than", "Leopard", "2"];
        var texts = Gen.Elements(fragments).ListOf().Select(p => string.Join(' ', p)).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var found = Recognizer.Recognize(text);
            return found.All(q => q.Span.End <= text.Length && q.Span.Of(text) == q.Surface)
                && found.Zip(found.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheRecognizerNeverThrowsOnArbitraryStrings()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Recognizer.Recognize(text ?? string.Empty) is not null).QuickCheckThrowOnFailure();
    }
}
