using System.Text.RegularExpressions;

namespace Docket.Core.Analysis.Quantities;

/// <summary>
/// Compiled patterns of the quantity rules. Numbers are found first (digits, or number words);
/// what follows them (scale, unit, counted noun) is read with patterns anchored at the number's
/// end (<c>\G</c>), what precedes them ("more than", "about") right to left from its start.
/// </summary>
internal static partial class QuantityPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string NumWord = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    /// <summary>"1,000", "$400", "€1.5", "25,000", "2.5".</summary>
    [GeneratedRegex(@"(?<![\w.,$€£₴-])(?<cur>US\$|C\$|A\$|[$€£₴])?\s?(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9]|,[0-9]|\.[0-9])", Options)]
    public static partial Regex Digits();

    /// <summary>"thousands", "tens of thousands", "a dozen", "two dozen", "forty-five".</summary>
    [GeneratedRegex(@"\b(?<word>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions|(?:a|two|three|several)\s+dozen|" + NumWord + @"(?:\s+(?:hundred|thousand|million|billion))?)(?![a-z])", Options)]
    public static partial Regex Words();

    /// <summary>" million", "bn", "m" (glued, after a currency) after a number.</summary>
    [GeneratedRegex(@"\G(?:\s*(?<scale>thousand|million|billion|trillion|bn|mn|mln|tn)|(?<short>[mbk]))(?![a-z])", Options)]
    public static partial Regex AfterScale();

    /// <summary>A unit after a number: distances, weights, percentages, currencies.</summary>
    [GeneratedRegex(@"\G(?:[\s-]*(?<unit>nautical\s+miles?|kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|ft|tons?|tonnes?|kilograms?|kg|percentage\s+points?|percent|per\s+cent|dollars?|euros?|pounds?\s+sterling|pounds?|hryvnias?|hryvnia|rubles?|roubles?|yuan)|(?<pct>\s?%))(?![a-z])", Options)]
    public static partial Regex AfterUnit();

    /// <summary>Up to three words after a number, the counted noun among them: " troops", " of the refurbished tanks".</summary>
    [GeneratedRegex(@"\G\s+(?<of>of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?)?(?<w>[a-z][a-z0-9-]*)(?![a-z0-9'-])(?:\s+(?<w>[a-z][a-z0-9-]*)(?![a-z0-9'-]))?(?:\s+(?<w>[a-z][a-z0-9-]*)(?![a-z0-9'-]))?", Options)]
    public static partial Regex AfterNoun();

    /// <summary>"more than ", "about ", "up to ", "an estimated " before a number.</summary>
    [GeneratedRegex(@"\b(?<mod>about|around|approximately|roughly|some|nearly|almost|an\s+estimated|estimated|up\s+to|more\s+than|over|at\s+least|fewer\s+than|less\s+than|under|as\s+many\s+as|no\s+more\s+than|at\s+most|just\s+over|just\s+under)\s+\z", Options | RegexOptions.RightToLeft)]
    public static partial Regex BeforeModifier();
}
