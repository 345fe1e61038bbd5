using System.Globalization;

namespace Docket.Core.Analysis.Time;

/// <summary>Calendar units that durations, "ago" phrases and relative expressions count in.</summary>
internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>
/// The English words of time: month and weekday names, number words, units, parts of the day and
/// seasons. Lookups are case-insensitive and never throw; an unknown word gives null.
/// </summary>
internal static class TimeWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a"] = 1, ["an"] = 1, ["single"] = 1, ["dozen"] = 12, ["couple"] = 2, ["half"] = 0,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20,
        ["twenty-first"] = 21, ["twenty first"] = 21, ["final"] = 4, ["last"] = 4,
    };

    /// <summary>Month number of a month name or abbreviation ("Sept." → 9).</summary>
    public static int? Month(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        var lookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var m) ? m : null;
    }

    /// <summary>Day of the week of a weekday name, singular or plural ("Fridays").</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        if (word.Length > 6 && (word[^1] == 's' || word[^1] == 'S'))
        {
            word = word[..^1];
        }

        var lookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(word, out var d) ? d : null;
    }

    /// <summary>ISO day number (Monday 1 ... Sunday 7), as TIMEX3 writes weekdays.</summary>
    public static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>Ordinal value of "third", "3rd", "twenty-first"; "final"/"last" count as 4 (quarters).</summary>
    public static int? Ordinal(string word)
    {
        var w = word.Trim();
        if (Ordinals.TryGetValue(w, out var o))
        {
            return o;
        }

        var digits = w.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// The number a count phrase names: digits ("1,000", "2.5"), words ("twenty-four", "a",
    /// "a dozen", "a couple of"), with "and a half". Null for vague counts ("several", "a few",
    /// "many") and for anything that is not a number.
    /// </summary>
    public static decimal? Number(string phrase)
    {
        var s = phrase.Trim().ToLowerInvariant();
        var half = 0m;
        if (s.EndsWith(" and a half", StringComparison.Ordinal))
        {
            half = 0.5m;
            s = s[..^" and a half".Length];
        }

        if (s is "half a" or "half an" or "a half")
        {
            return 0.5m;
        }

        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
        {
            return decimal.TryParse(s.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                ? d + half
                : null;
        }

        s = s.Replace(" of", string.Empty, StringComparison.Ordinal);
        decimal total = 0;
        var any = false;
        foreach (var part in s.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "hundred")
            {
                total = (total == 0 ? 1 : total) * 100;
                any = true;
                continue;
            }

            if (part is "a" or "an" && any)
            {
                continue;
            }

            if (!Units.TryGetValue(part, out var v))
            {
                return null;
            }

            total = part is "dozen" && total > 0 ? total * 12 : total + v;
            any = true;
        }

        return any ? total + half : null;
    }

    /// <summary>The unit a unit word names ("weeks" → week, "decade" → decade).</summary>
    public static TimeUnit? Unit(ReadOnlySpan<char> word)
    {
        var w = word.ToString().ToLowerInvariant();
        if (w.EndsWith('s') && w != "hours" && w.Length > 3)
        {
            w = w[..^1];
        }
        else if (w == "hours")
        {
            w = "hour";
        }

        return w switch
        {
            "second" or "sec" => TimeUnit.Second,
            "minute" or "min" => TimeUnit.Minute,
            "hour" or "hr" => TimeUnit.Hour,
            "day" or "night" => TimeUnit.Day,
            "week" or "fortnight" => TimeUnit.Week,
            "weekend" => TimeUnit.Weekend,
            "month" => TimeUnit.Month,
            "quarter" => TimeUnit.Quarter,
            "year" or "yr" => TimeUnit.Year,
            "decade" => TimeUnit.Decade,
            "century" or "centurie" => TimeUnit.Century,
            _ => null,
        };
    }

    /// <summary>TIMEX3 code of a part of the day ("morning" → "MO").</summary>
    public static string? PartOfDay(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" or "overnight" => "NI",
        "day" or "daytime" => "DT",
        _ => null,
    };

    /// <summary>TIMEX3 code of a season ("autumn" → "FA").</summary>
    public static string? Season(string word) => word.ToLowerInvariant() switch
    {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" or "fall" => "FA",
        "winter" => "WI",
        _ => null,
    };
}
