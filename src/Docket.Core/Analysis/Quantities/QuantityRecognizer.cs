using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Quantities;

/// <summary>
/// Finds amounts with units in a text: distances ("300 kilometers", "25,000 feet"), money
/// ("$400 million", "€1.5bn"), percentages, weights and counts of things ("more than 1,000
/// drones", "45 of the refurbished tanks", "thousands of troops"). Numbers without a unit or a
/// counted noun are not quantities; durations ("three years") are time expressions. Pure,
/// deterministic and thread-safe; every result names its <see cref="Quantity.Rule"/>.
/// </summary>
public sealed class QuantityRecognizer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Nouns counted in reporting on war and aid; with these, adjectives may stand between number and noun.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "troops", "soldiers", "servicemen", "servicemembers", "personnel", "fighters", "mercenaries", "conscripts", "reservists",
        "recruits", "volunteers", "officers", "instructors", "advisers", "advisors", "people", "civilians", "refugees",
        "casualties", "prisoners", "children", "residents", "drones", "tanks", "missiles", "rockets", "shells", "rounds",
        "munitions", "howitzers", "guns", "launchers", "systems", "vehicles", "aircraft", "jets", "helicopters", "planes",
        "ships", "warships", "vessels", "boats", "submarines", "satellites", "bombs", "mines", "grenades", "rifles",
        "weapons", "warheads", "interceptors", "batteries", "brigades", "battalions", "divisions", "units", "villages",
        "towns", "cities", "settlements", "sites", "targets", "strikes", "attacks", "sorties", "deaths", "injuries",
        "wounded", "dead", "killed", "homes", "houses", "buildings", "packages", "trucks", "carriers", "radars",
        "mortars", "cannons", "fighter", "airfields", "bases", "depots", "bridges", "kits", "tons", "barrels",
    };

    // Plural words after a number that are no counted things.
    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "times", "percent",
        "ones", "others", "its", "this", "was", "has", "is", "as", "us", "yes", "less", "plus", "press", "news", "series",
        "whereas", "nights", "weekends", "quarters", "thus", "always", "perhaps", "across", "towards", "afterwards",
    };

    private static readonly Dictionary<string, decimal> WordAmounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 100, ["thousands"] = 1000, ["millions"] = 1_000_000,
        ["billions"] = 1_000_000_000, ["tens of thousands"] = 10_000, ["hundreds of thousands"] = 100_000,
        ["tens of millions"] = 10_000_000, ["hundreds of millions"] = 100_000_000,
        ["a dozen"] = 12, ["two dozen"] = 24, ["three dozen"] = 36, ["several dozen"] = 36,
    };

    /// <summary>The quantities of <paramref name="text"/>, in text order, never overlapping.</summary>
    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Quantity>();
        foreach (Match m in QuantityPatterns.Digits().Matches(text))
        {
            var amount = decimal.TryParse(m.Groups["num"].ValueSpan, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, Inv, out var a) ? a : (decimal?)null;
            if (amount is null)
            {
                continue;
            }

            Read(text, m.Index, m.Index + m.Length, amount.Value, m.Groups["cur"].Success ? m.Groups["cur"].Value : null, vague: false, m.Groups["num"].Value.Contains(',', StringComparison.Ordinal), found);
        }

        foreach (Match m in QuantityPatterns.Words().Matches(text))
        {
            var word = string.Join(' ', m.Groups["word"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var vague = WordAmounts.TryGetValue(word, out var amount) && !word.StartsWith("a ", StringComparison.Ordinal) && !word.StartsWith("two ", StringComparison.Ordinal) && !word.StartsWith("three ", StringComparison.Ordinal);
            if (!WordAmounts.ContainsKey(word))
            {
                if (WordNumber(word) is not { } n)
                {
                    continue;
                }

                amount = n;
            }

            Read(text, m.Index, m.Index + m.Length, amount, null, vague || word == "several dozen", grouped: true, found);
        }

        // Settle overlaps: the longest reading wins (a number read twice, as digits and as a word, is rare).
        var chosen = new List<Quantity>();
        foreach (var q in found.OrderByDescending(q => q.Span.Length).ThenBy(q => q.Span.Start))
        {
            if (!chosen.Exists(c => c.Span.Overlaps(q.Span)))
            {
                chosen.Add(q);
            }
        }

        chosen.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return chosen;
    }

    private static void Read(string text, int start, int end, decimal amount, string? currency, bool vague, bool grouped, List<Quantity> found)
    {
        var rule = vague ? "count-vague" : "count";
        var scale = QuantityPatterns.AfterScale().Match(text, end);
        if (scale.Success && (scale.Groups["scale"].Success || currency is not null))
        {
            var s = (scale.Groups["scale"].Success ? scale.Groups["scale"].Value : scale.Groups["short"].Value).ToLowerInvariant();
            amount *= s switch
            {
                "thousand" or "k" => 1_000m,
                "million" or "mn" or "mln" or "m" => 1_000_000m,
                "billion" or "bn" or "b" => 1_000_000_000m,
                _ => 1_000_000_000_000m,
            };
            end = scale.Index + scale.Length;
        }

        string? unit = currency is null ? null : Currency(currency);
        if (unit is not null)
        {
            rule = "money";
        }

        var after = QuantityPatterns.AfterUnit().Match(text, end);
        if (unit is null && after.Success)
        {
            unit = after.Groups["pct"].Success ? "percent" : Unit(after.Groups["unit"].Value);
            rule = unit is "USD" or "EUR" or "GBP" or "UAH" or "RUB" or "CNY" ? "money" : unit == "percent" ? "percentage" : "measure";
            end = after.Index + after.Length;
        }

        if (unit is null)
        {
            var noun = QuantityPatterns.AfterNoun().Match(text, end);
            if (!noun.Success || CountedNoun(noun, text, start, amount, grouped) is not { } counted)
            {
                return;
            }

            unit = counted.Value.ToLowerInvariant();
            end = counted.Index + counted.Length;
        }

        var approximate = vague;
        string? mod = null;
        var lead = QuantityPatterns.BeforeModifier().Match(text, Math.Max(0, start - 25), start - Math.Max(0, start - 25));
        if (lead.Success)
        {
            var w = string.Join(' ', lead.Groups["mod"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            switch (w)
            {
                case "about" or "around" or "approximately" or "roughly" or "some" or "nearly" or "almost" or "an estimated" or "estimated":
                    approximate = true;
                    break;
                case "more than" or "over" or "just over":
                    mod = "MORE_THAN";
                    break;
                case "fewer than" or "less than" or "under" or "just under":
                    mod = "LESS_THAN";
                    break;
                case "at least":
                    mod = "EQUAL_OR_MORE";
                    break;
                default:
                    mod = "EQUAL_OR_LESS";
                    break;
            }

            start = lead.Index;
        }

        found.Add(new Quantity(new TextSpan(start, end), text[start..end], amount, unit, rule) { Approximate = approximate, Mod = mod });
    }

    /// <summary>The word that names what is counted: the first known noun within three words (adjectives may
    /// stand before it: "31 Abrams tanks"), else a plain plural right after the number ("149 towers").</summary>
    private static Capture? CountedNoun(Match noun, string text, int start, decimal amount, bool grouped)
    {
        var words = noun.Groups["w"].Captures;

        // "Leopard 2 tanks", "Patriot 3 batteries": a model number after a name is no count.
        if (start > 1 && text[start - 1] == ' ' && char.IsUpper(PreviousWordStart(text, start - 1)) && amount < 100)
        {
            return null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Value;
            if (NotCounted.Contains(w))
            {
                return null;
            }

            if (CountedNouns.Contains(w))
            {
                return words[i];
            }

            // Adjectives before a known noun: only words that are no verbs or function words.
            if (char.IsLower(w[0]) && (w.EndsWith('s') || IsFunctionWord(w)))
            {
                break;
            }
        }

        var first = words[0].Value;

        // A number that looks like a year counts things only with a known noun ("2000 troops", not "2013 elections").
        if (!grouped && amount is >= 1800 and <= 2100 && decimal.Truncate(amount) == amount)
        {
            return null;
        }

        // Other plural nouns count straight after the number ("149 towers"); "of" needs a known noun.
        return !noun.Groups["of"].Success && first.Length > 3 && first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal)
            && !first.EndsWith("us", StringComparison.Ordinal) && char.IsLower(first[0]) && !NotCounted.Contains(first)
            ? words[0]
            : null;
    }

    private static bool IsFunctionWord(string w) => w is "the" or "a" or "an" or "and" or "or" or "of" or "to" or "in" or "on" or "at"
        or "by" or "for" or "from" or "with" or "were" or "was" or "are" or "is" or "had" or "have" or "has" or "that" or "which" or "who";

    private static char PreviousWordStart(string text, int spaceIndex)
    {
        var i = spaceIndex;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        // The first word of a sentence is capitalised anyway.
        var k = i;
        while (k > 0 && text[k - 1] == ' ')
        {
            k--;
        }

        return i < spaceIndex && (k == 0 || text[k - 1] is not ('.' or '\n' or '"' or ':')) ? text[i] : 'a';
    }

    private static string? Currency(string symbol) => symbol switch
    {
        "$" or "US$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₴" => "UAH",
        "C$" => "CAD",
        "A$" => "AUD",
        _ => null,
    };

    private static string Unit(string word)
    {
        var w = string.Join(' ', word.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return w switch
        {
            "km" or "kilometer" or "kilometers" or "kilometre" or "kilometres" => "km",
            "mile" or "miles" => "mi",
            "nautical mile" or "nautical miles" => "nmi",
            "meter" or "meters" or "metre" or "metres" => "m",
            "feet" or "foot" or "ft" => "ft",
            "ton" or "tons" or "tonne" or "tonnes" => "t",
            "kg" or "kilogram" or "kilograms" => "kg",
            "percent" or "per cent" => "percent",
            "percentage point" or "percentage points" => "percentage points",
            "dollar" or "dollars" => "USD",
            "euro" or "euros" => "EUR",
            "pound sterling" or "pounds sterling" => "GBP",
            "pound" or "pounds" => "lb",
            "hryvnia" or "hryvnias" => "UAH",
            "ruble" or "rubles" or "rouble" or "roubles" => "RUB",
            "yuan" => "CNY",
            _ => w,
        };
    }

    private static decimal? WordNumber(string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        decimal total = 0;
        foreach (var part in parts)
        {
            var scale = part switch
            {
                "hundred" => 100m,
                "thousand" => 1_000m,
                "million" => 1_000_000m,
                "billion" => 1_000_000_000m,
                _ => 0m,
            };
            if (scale > 0)
            {
                total = (total == 0 ? 1 : total) * scale;
                continue;
            }

            foreach (var piece in part.Split('-'))
            {
                var v = Array.IndexOf(Small, piece);
                if (v >= 0)
                {
                    total += v;
                    continue;
                }

                var t = Array.IndexOf(Tens, piece);
                if (t < 0)
                {
                    return null;
                }

                total += t * 10;
            }
        }

        return total;
    }

    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
}
