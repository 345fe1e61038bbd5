using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// The rules that read time expressions. Each rule runs one compiled pattern over the text and
/// adds readings (candidates) named after the rule; overlapping readings are settled afterwards
/// by <see cref="TimeExpressionRecognizer"/>. Rules never throw: a reading that cannot be
/// resolved keeps a null value and a reason.
/// </summary>
internal static class TimexRules
{
    private const int LookBack = 60;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // Words before a bare month name or season that show it is one ("in May", not "may").
    private static readonly HashSet<string> DateLead = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "of", "during", "from", "to", "through", "before", "after", "early", "late",
        "mid", "last", "next", "this", "and", "or", "between", "on", "for", "end", "beginning", "start", "middle",
        "throughout", "that", "each", "every", "past", "coming", "around", "into", "as", "over", "the",
    };

    // Nouns that a number before them counts, so "2000 troops" is no year.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "troops", "soldiers", "men", "women", "children", "dollars", "euros", "pounds", "tons", "tonnes",
        "miles", "kilometers", "kilometres", "meters", "metres", "feet", "shells", "rounds", "missiles", "drones",
        "tanks", "vehicles", "units", "pieces", "members", "workers", "jobs", "shares", "barrels", "cases", "deaths",
        "refugees", "residents", "prisoners", "civilians", "casualties", "votes", "points", "words", "pages", "times",
        "hours", "minutes", "seconds", "days", "km", "mph", "lb", "kg",
    };

    // Words that make a weekday or month part of a name ("Black Friday", "Super Tuesday", "Black September").
    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal)
    {
        "Black", "Good", "Super", "Bloody", "Holy", "Ash", "Easter", "Palm", "Cyber", "Giving", "Maundy", "Shrove",
        "Fat", "Great", "Small", "Orthodox", "Clean", "Mad", "Red", "Blue",
    };

    // Event nouns that "two months before the ..." may name even when the gazetteer lacks the event.
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "inauguration", "election", "elections", "midterms", "summit", "referendum", "invasion", "coronation",
        "ceasefire", "armistice", "olympics", "swearing-in",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "that", "my",
    };

    public static void Apply(TimexScan scan)
    {
        IsoDates(scan);
        NumericDates(scan);
        MonthDays(scan, TimexPatterns.MonthThenDay());
        MonthDays(scan, TimexPatterns.DayThenMonth());
        MonthYears(scan);
        MonthsAlone(scan);
        Years(scan);
        Decades(scan);
        Seasons(scan);
        HalvesAndQuarterCodes(scan);
        UnitPhrases(scan);
        DaysRelative(scan);
        Weekdays(scan);
        ClockTimes(scan);
        References(scan);
        Recurrences(scan);
        EventNames(scan);
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan.TrimEnd("stndrh."), NumberStyles.None, Inv);

    /// <summary>The context pattern matched just before <paramref name="start"/> (right to left), or a failed match.</summary>
    private static Match Before(TimexScan scan, Regex pattern, int start, int lookBack = LookBack)
    {
        var from = Math.Max(0, start - lookBack);
        return pattern.Match(scan.Text, from, start - from);
    }

    /// <summary>The context pattern matched right at <paramref name="end"/> (anchored with \G).</summary>
    private static Match After(TimexScan scan, Regex pattern, int end) =>
        end <= scan.Text.Length ? pattern.Match(scan.Text, end) : Match.Empty;

    private static void IsoDates(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.IsoDate().Matches(scan.Text))
        {
            var y = Int(m.Groups["year"]);
            var mo = Int(m.Groups["mo"]);
            var d = Int(m.Groups["day"]);
            if (y < 1 || d > DateTime.DaysInMonth(y, mo))
            {
                continue;
            }

            var day = TimexCalendar.Day(new DateOnly(y, mo, d));
            if (m.Groups["hour"].Success)
            {
                scan.Add(m, TimexType.Time, Resolution.Of($"{day}T{m.Groups["hour"].Value}:{m.Groups["minute"].Value}", TimeGranularity.Minute), "iso-date-time", TimeAnchoring.Absolute);
            }
            else
            {
                scan.Add(m, TimexType.Date, Resolution.Of(day, TimeGranularity.Day), "iso-date", TimeAnchoring.Absolute);
            }
        }
    }

    private static void NumericDates(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.NumericDate().Matches(scan.Text))
        {
            var a = Int(m.Groups["a"]);
            var b = Int(m.Groups["b"]);
            var yg = m.Groups["year"];
            var y = Int(yg);
            if (yg.Length == 2)
            {
                // Two-digit years: the century that puts the year nearest the anchor.
                var baseYear = scan.Anchor.Year ?? 2000;
                y += baseYear / 100 * 100;
                if (y > baseYear + 50)
                {
                    y -= 100;
                }
                else if (y < baseYear - 50)
                {
                    y += 100;
                }
            }

            // "/" is written month first in US news, "." day first; a first number above 12 can only be a day.
            var dayFirst = m.Groups["sep"].Value == "." || a > 12;
            var (month, day) = dayFirst ? (b, a) : (a, b);
            if (month is < 1 or > 12 || day < 1 || !TimexCalendar.ValidYear(y) || day > DateTime.DaysInMonth(y, month))
            {
                continue;
            }

            scan.Add(m, TimexType.Date, Resolution.Of(TimexCalendar.Day(new DateOnly(y, month, day)), TimeGranularity.Day), dayFirst ? "numeric-date-dmy" : "numeric-date-mdy", TimeAnchoring.Absolute);
        }
    }

    private static void MonthDays(TimexScan scan, Regex pattern)
    {
        foreach (Match m in pattern.Matches(scan.Text))
        {
            if (TimeWords.Month(m.Groups["month"].ValueSpan) is not { } month)
            {
                continue;
            }

            var day = Int(m.Groups["day"]);
            var start = m.Index;
            var lead = Before(scan, TimexPatterns.BeforeDate(), start, 20);
            if (lead.Success && lead.Length > 0)
            {
                start = lead.Index;
            }

            var end = m.Index + m.Length;
            if (m.Groups["year"].Success)
            {
                var y = Int(m.Groups["year"]);
                if (day <= DateTime.DaysInMonth(y, month))
                {
                    scan.Add(start, end, TimexType.Date, Resolution.Of(TimexCalendar.Day(new DateOnly(y, month, day)), TimeGranularity.Day), "month-day-year", TimeAnchoring.Absolute);
                }

                continue;
            }

            if (day > DateTime.DaysInMonth(2024, month))
            {
                continue;
            }

            var direction = scan.Direction(start, end);
            var (r, anchoring) = scan.MonthDay(month, day, direction);
            scan.Add(start, end, TimexType.Date, r, "month-day", anchoring);

            // "April 24 and 25": the second day is a date of its own.
            var second = After(scan, TimexPatterns.AfterSecondDay(), end);
            if (second.Success && Int(second.Groups["day"]) is var d2 && d2 > day && d2 <= DateTime.DaysInMonth(2024, month))
            {
                var (r2, a2) = scan.MonthDay(month, d2, direction);
                scan.Add(second.Groups["day"].Index, second.Index + second.Length, TimexType.Date, r2, "month-day-second", a2);
            }
        }
    }

    private static void MonthYears(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.MonthYear().Matches(scan.Text))
        {
            if (TimeWords.Month(m.Groups["month"].ValueSpan) is not { } month)
            {
                continue;
            }

            scan.Add(m, TimexType.Date, Resolution.Of(TimexCalendar.Month(Int(m.Groups["year"]), month), TimeGranularity.Month), "month-year", TimeAnchoring.Absolute);
        }
    }

    private static void MonthsAlone(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.MonthAlone().Matches(scan.Text))
        {
            if (TimeWords.Month(m.Groups["month"].ValueSpan) is not { } month)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var lead = Before(scan, TimexPatterns.BeforeName(), m.Index, 25);
            var rel = lead.Success ? lead.Groups["rel"] : null;
            if (rel is not { Success: true })
            {
                // "May" the modal verb, "March for Life", "Black September": no month here.
                if ((month == 5 && !DateLead.Contains(scan.PreviousWord(m.Index))) || NameWords.Contains(PreviousWordAsWritten(scan.Text, m.Index))
                    || After(scan, TimexPatterns.AfterMonthAsNoun(), end).Success)
                {
                    continue;
                }

                var r = scan.Month(month, scan.Direction(m.Index, end));
                scan.Add(m.Index, end, TimexType.Date, r, "month-name", TimeAnchoring.YearFromAnchor);
                continue;
            }

            scan.Add(rel.Index, end, TimexType.Date, scan.MonthRelative(month, Relation(rel.Value)), "month-relative", TimeAnchoring.RelativeToAnchor);
        }
    }

    private static string PreviousWordAsWritten(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return text[i..end];
    }

    private static int Relation(string rel)
    {
        var r = rel.ToLowerInvariant();
        if (r.Contains("last", StringComparison.Ordinal) || r.Contains("past", StringComparison.Ordinal) || r.Contains("previous", StringComparison.Ordinal)
            || r.Contains("preceding", StringComparison.Ordinal) || r.Contains("latest", StringComparison.Ordinal) || r.Contains("recent", StringComparison.Ordinal))
        {
            return -1;
        }

        if (r.Contains("next", StringComparison.Ordinal) || r.Contains("coming", StringComparison.Ordinal) || r.Contains("following", StringComparison.Ordinal))
        {
            return 1;
        }

        return 0;
    }

    private static void Years(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.YearNumber().Matches(scan.Text))
        {
            var yg = m.Groups["year"];
            var y = Int(yg);
            if (!m.Groups["fiscal"].Success && !LooksLikeYear(scan, m, y))
            {
                continue;
            }

            scan.Add(m.Index, yg.Index + yg.Length, TimexType.Date, Resolution.Of(TimexCalendar.Year(y), TimeGranularity.Year), m.Groups["fiscal"].Success ? "fiscal-year" : "year", TimeAnchoring.Absolute);
            var y2g = m.Groups["year2"];
            if (y2g.Success)
            {
                var y2 = y2g.Length == 2 ? (y / 100 * 100) + Int(y2g) : Int(y2g);
                if (y2 > y && y2 - y < 100)
                {
                    scan.Add(y2g, TimexType.Date, Resolution.Of(TimexCalendar.Year(y2), TimeGranularity.Year), "year-range-end", TimeAnchoring.Absolute);
                }
            }
        }
    }

    private static bool LooksLikeYear(TimexScan scan, Match m, int y)
    {
        var prev = scan.PreviousWord(m.Index);
        if (prev is "about" or "some" or "nearly" or "almost" or "over" or "than" or "roughly" or "approximately" or "around" or "additional"
            or "another" or "least" or "top" or "number" or "no" or "page" or "route" or "flight" or "room" or "highway" or "model" or "resolution")
        {
            return false;
        }

        if (CountedNouns.Contains(scan.NextWord(m.Index + m.Length)))
        {
            return false;
        }

        // Numbers far from the anchor read as years only after words that introduce a year.
        var anchorYear = scan.Anchor.Year ?? 2000;
        return Math.Abs(y - anchorYear) <= 150 || DateLead.Contains(prev) || prev is "a" or "an";
    }

    private static void Decades(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.Decade().Matches(scan.Text))
        {
            int decade;
            if (m.Groups["cent"].Success)
            {
                decade = (Int(m.Groups["cent"]) * 10) + Int(m.Groups["dec"]);
            }
            else
            {
                var d = m.Groups["dec"].Success ? Int(m.Groups["dec"]) : m.Groups["word"].Value.ToLowerInvariant() switch
                {
                    "twenties" => 2,
                    "thirties" => 3,
                    "forties" => 4,
                    "fifties" => 5,
                    "sixties" => 6,
                    "seventies" => 7,
                    "eighties" => 8,
                    _ => 9,
                };

                // "the '80s": the latest such decade not after the anchor's.
                var anchorDecade = (scan.Anchor.Year ?? 1999) / 10;
                decade = (anchorDecade / 10 * 10) + d;
                if (decade > anchorDecade)
                {
                    decade -= 10;
                }
            }

            var start = m.Index;
            var lead = Before(scan, TimexPatterns.BeforeName(), start, 10);
            if (lead.Success && !lead.Groups["rel"].Success)
            {
                start = lead.Index;
            }

            scan.Add(start, m.Index + m.Length, TimexType.Date, Resolution.Of(decade.ToString("D3", Inv), TimeGranularity.Decade), "decade", m.Groups["cent"].Success ? TimeAnchoring.Absolute : TimeAnchoring.YearFromAnchor);
        }
    }

    private static void Seasons(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.Season().Matches(scan.Text))
        {
            var seasonGroup = m.Groups["season"];
            var isFall = seasonGroup.Value.Equals("fall", StringComparison.OrdinalIgnoreCase);
            var season = TimeWords.Season(seasonGroup.Value)!;
            var yg = m.Groups["year"];
            var end = m.Index + m.Length;
            var lead = Before(scan, TimexPatterns.BeforeName(), m.Index, 25);
            var rel = lead.Success ? lead.Groups["rel"] : null;
            var hasThe = lead.Success && lead.Groups["the"].Success;
            var start = lead.Success ? lead.Index : m.Index;
            if (rel is not { Success: true } && !yg.Success)
            {
                var prev = scan.PreviousWord(hasThe ? lead.Index : m.Index);

                // "the fall of Kabul", "prices fall", "Arab Spring": no season here.
                if (isFall && (scan.Text.AsSpan(end).StartsWith(" of", StringComparison.Ordinal) || (!hasThe && prev is not ("last" or "this" or "next" or "early" or "late" or "in" or "since" or "until" or "by" or "during" or "mid"))))
                {
                    continue;
                }

                if (!hasThe && (!DateLead.Contains(prev) || prev is "to" or "and" or "or"))
                {
                    continue;
                }

                if (char.IsUpper(seasonGroup.Value[0]) && PreviousWordAsWritten(scan.Text, start) is { Length: > 1 } w && char.IsUpper(w[0]) && !DateLead.Contains(w))
                {
                    continue;
                }
            }

            if (yg.Success)
            {
                scan.Add(start, end, TimexType.Date, Resolution.Of($"{yg.Value}-{season}", TimeGranularity.Season), "season-year", TimeAnchoring.Absolute);
                continue;
            }

            var relation = rel is { Success: true } ? Relation(rel.Value) : (int?)null;
            var r = scan.Season(season, relation, scan.Direction(start, end));
            scan.Add(start, end, TimexType.Date, r, relation is null ? "season" : "season-relative", TimeAnchoring.RelativeToAnchor);
        }
    }

    private static void HalvesAndQuarterCodes(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.HalfOrQuarterCode().Matches(scan.Text))
        {
            var yg = m.Groups["year"];
            var half = !m.Groups["q"].Success;
            var n = m.Groups["q"].Success ? Int(m.Groups["q"]) : m.Groups["h"].Success ? Int(m.Groups["h"]) : TimeWords.Ordinal(m.Groups["ord"].Value) ?? 0;
            if (n < 1 || n > (half ? 2 : 4))
            {
                continue;
            }

            var code = half ? "H" : "Q";
            var granularity = half ? TimeGranularity.Half : TimeGranularity.Quarter;
            if (yg.Success)
            {
                scan.Add(m, TimexType.Date, Resolution.Of($"{yg.Value}-{code}{n}", granularity), half ? "half-year" : "quarter-code", TimeAnchoring.Absolute);
            }
            else if (m.Groups["rel"].Success || m.Value.Contains("the year", StringComparison.OrdinalIgnoreCase))
            {
                var yr = scan.Unit(TimeUnit.Year, m.Groups["rel"].Success ? Relation(m.Groups["rel"].Value) : 0);
                scan.Add(m, TimexType.Date, yr.Value is null ? yr : Resolution.Of($"{yr.Value}-{code}{n}", granularity), half ? "half-relative" : "quarter-code", TimeAnchoring.RelativeToAnchor);
            }
            else if (!half)
            {
                scan.Add(m, TimexType.Date, scan.Quarter(n, scan.Direction(m.Index, m.Index + m.Length)), "quarter-code", TimeAnchoring.YearFromAnchor);
            }

            // "the first half" without a year is a game's half, not a date.
        }
    }

    /// <summary>Every phrase built on a unit word: durations ("the past two years"), "ago" dates,
    /// relative units ("last week"), unit boundaries ("the end of the year"), recurrences
    /// ("every week"), quarters, centuries and offsets from events ("two months before the inauguration").</summary>
    private static void UnitPhrases(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.UnitWord().Matches(scan.Text))
        {
            var word = m.Groups["unit"].Value;
            if (TimeWords.Unit(word) is not { } unit)
            {
                continue;
            }

            // Only lower-case unit words ("SEC" is an agency, "Day" may start a name), except at a sentence start.
            if (char.IsUpper(word[0]) && word.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            var us = m.Index;
            var ue = m.Index + m.Length;
            var plural = word.EndsWith('s') && !word.Equals("hours", StringComparison.Ordinal) || word.EndsWith("hours", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ies", StringComparison.OrdinalIgnoreCase);
            var fortnight = word.StartsWith("fortnight", StringComparison.OrdinalIgnoreCase);
            var age = After(scan, TimexPatterns.AfterAge(), ue).Success || scan.PreviousWord(us) is "aged" or "ages" or "age";

            var counted = CountedUnit(scan, unit, word, us, ue, fortnight, age);

            // "last night" and "tomorrow night" are parts of a day, read with the day words.
            if (!counted && !plural && !word.StartsWith("night", StringComparison.OrdinalIgnoreCase))
            {
                RelativeUnit(scan, unit, us, ue);
            }

            if (!plural)
            {
                UnitBoundary(scan, unit, us, ue);
            }

            EveryUnit(scan, unit, us, ue, fortnight);
            if (plural && !counted && !age)
            {
                VagueUnits(scan, unit, us, ue);
            }

            if (!plural && !counted && After(scan, TimexPatterns.AfterUnit(), ue) is { Success: true } tail && tail.Groups["long"].Success)
            {
                scan.Add(us, tail.Index + tail.Length, TimexType.Duration, Resolution.Of(TimexCalendar.Duration(1, unit), TimexCalendar.Granularity(unit)), "duration-unit-long", TimeAnchoring.Absolute);
            }

            if (unit == TimeUnit.Century && !plural)
            {
                var ord = Before(scan, TimexPatterns.BeforeCentury(), us, 30);
                if (ord.Success && TimeWords.Ordinal(ord.Groups["ord"].Value) is { } n && n is >= 1 and <= 30)
                {
                    scan.Add(ord.Index, ue, TimexType.Date, Resolution.Of((n - 1).ToString("D2", Inv), TimeGranularity.Century), "century", TimeAnchoring.Absolute);
                }
            }

            if (unit == TimeUnit.Quarter && !plural)
            {
                Quarter(scan, us, ue);
            }
        }
    }

    /// <summary>"two years", "the past three months", "a decade ago", "90 days before the inauguration". True when a count was read.</summary>
    private static bool CountedUnit(TimexScan scan, TimeUnit unit, string word, int us, int ue, bool fortnight, bool age)
    {
        var c = Before(scan, TimexPatterns.BeforeCount(), us);
        if (!c.Success)
        {
            return false;
        }

        if (age)
        {
            return true;
        }

        var numText = c.Groups["num"].Value;
        var vague = c.Groups["vague"].Success;
        var halfAfter = After(scan, TimexPatterns.AfterHalf(), ue);
        var andHalf = c.Groups["and"].Success || halfAfter.Success;
        var count = vague ? null : TimeWords.Number(numText + (andHalf ? " and a half" : string.Empty));
        if (!vague && count is null)
        {
            return false;
        }

        var isArticle = numText.Equals("a", StringComparison.OrdinalIgnoreCase) || numText.Equals("an", StringComparison.OrdinalIgnoreCase) || numText.Equals("one", StringComparison.OrdinalIgnoreCase);
        var after = scan.Text.AsSpan(ue);

        // "a second term", "three quarters of the vote", "a night out": ordinals, fractions and nights are no durations.
        if ((unit == TimeUnit.Second && isArticle && scan.NextWord(ue).Length > 0 && !scan.NextWord(ue).Equals("ago", StringComparison.OrdinalIgnoreCase))
            || (unit == TimeUnit.Quarter && after.StartsWith(" of", StringComparison.OrdinalIgnoreCase))
            || unit == TimeUnit.Weekend
            || (unit == TimeUnit.Day && word.StartsWith("night", StringComparison.OrdinalIgnoreCase) && isArticle))
        {
            return true;
        }

        if (fortnight)
        {
            count *= 2;
            unit = TimeUnit.Week;
        }

        var ago = After(scan, TimexPatterns.AfterAgo(), ue);
        if (ago.Success)
        {
            var end = ago.Index + ago.Length;
            if (vague || count is null)
            {
                scan.Add(c.Index, end, TimexType.Date, Resolution.Of("PAST_REF", null), "ago-vague", TimeAnchoring.Absolute);
            }
            else
            {
                scan.Add(c.Index, end, TimexType.Date, scan.Ago(count.Value, unit), "ago", TimeAnchoring.RelativeToAnchor, takesApproximation: true);
            }

            return true;
        }

        var rel = c.Groups["rel"].Value.ToLowerInvariant();
        if (rel is "recent" or "latest" && vague)
        {
            return true;
        }

        var durationEnd = halfAfter.Success ? halfAfter.Index + halfAfter.Length : ue;
        var tail = After(scan, TimexPatterns.AfterUnit(), durationEnd);
        if (tail.Success)
        {
            durationEnd = tail.Index + tail.Length;
        }

        var hyphen = c.Groups["hy"].Value.Contains('-', StringComparison.Ordinal);
        var value = TimexCalendar.Duration(count, unit);
        scan.Add(c.Index, durationEnd, TimexType.Duration, Resolution.Of(value, count is null ? null : TimexCalendar.Granularity(unit)),
            hyphen ? "duration-adjective" : count is null ? "duration-vague-count" : "duration", TimeAnchoring.Absolute);

        // "two to six days", "between 12 and 18 months": the first number counts the same unit.
        if (!c.Groups["the"].Success && !c.Groups["rel"].Success && !vague)
        {
            var range = Before(scan, TimexPatterns.BeforeRange(), c.Index, 30);
            if (range.Success && TimeWords.Number(range.Groups["num"].Value) is { } first && first < (count ?? decimal.MaxValue))
            {
                var g = range.Groups["num"];
                scan.Add(g.Index, g.Index + g.Length, TimexType.Duration, Resolution.Of(TimexCalendar.Duration(first, unit), TimexCalendar.Granularity(unit)), "duration-range-start", TimeAnchoring.Absolute);
            }
        }

        EventOffset(scan, c.Index, unit, count, ue);
        return true;
    }

    private static void EventOffset(TimexScan scan, int start, TimeUnit unit, decimal? count, int ue)
    {
        var offset = After(scan, TimexPatterns.AfterEventOffset(), ue);
        if (!offset.Success)
        {
            return;
        }

        var at = offset.Index + offset.Length;
        var dirWord = offset.Groups["dir"].Value.ToLowerInvariant();
        var sign = dirWord is "before" or "ahead of" or "prior to" or "leading up to" ? -1 : 1;
        if (scan.Events.MatchRelativeName(scan.Text, at) is not { } found)
        {
            // A scheduled public event the gazetteer does not know: keep the phrase, unresolved.
            if (!scan.Text.AsSpan(at).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var noun = scan.NextWord(at + 4);
            if (!EventNouns.Contains(noun))
            {
                return;
            }

            var nounEnd = scan.Text.IndexOf(noun, at + 4, StringComparison.Ordinal) + noun.Length;
            scan.Found.Add(new TimexCandidate(start, nounEnd, TimexType.Date, null, "event-offset-unknown-event")
            {
                Anchoring = TimeAnchoring.RelativeToEvent,
                UnresolvedReason = $"'{scan.Text[at..nounEnd]}' is not in the event gazetteer (Resources/time/events.tsv)",
            });
            return;
        }

        var end = at + found.Length;
        var direction = scan.Direction(start, end);
        var (date, reason) = scan.Events.Instance(found.Event, scan.Anchor, direction);
        Resolution r;
        if (date is not { } d)
        {
            r = Resolution.Unresolved(reason ?? "no instance of the event");
        }
        else if (count is not { } n || n != decimal.Truncate(n) || n > 1000)
        {
            r = Resolution.Unresolved("the count of units before or after the event is vague");
        }
        else
        {
            var k = sign * (int)n;
            r = unit switch
            {
                TimeUnit.Day => Resolution.Of(TimexCalendar.AddDays(d, k) is { } x ? TimexCalendar.Day(x) : null, TimeGranularity.Day),
                TimeUnit.Week => Resolution.Of(TimexCalendar.AddDays(d, 7 * k) is { } w ? TimexCalendar.Day(w) : null, TimeGranularity.Day),
                TimeUnit.Month => Resolution.Of(TimexCalendar.UnitValue(d.Year, d.Month, TimeUnit.Month, k), TimeGranularity.Month),
                TimeUnit.Quarter => Resolution.Of(TimexCalendar.UnitValue(d.Year, d.Month, TimeUnit.Month, 3 * k), TimeGranularity.Month),
                TimeUnit.Year => Resolution.Of(TimexCalendar.UnitValue(d.Year, d.Month, TimeUnit.Year, k), TimeGranularity.Year),
                TimeUnit.Decade => Resolution.Of(TimexCalendar.UnitValue(d.Year, d.Month, TimeUnit.Year, 10 * k), TimeGranularity.Year),
                TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Resolution.Of(TimexCalendar.Day(d), TimeGranularity.Day),
                _ => Resolution.Unresolved("this unit cannot be counted from an event"),
            };
        }

        scan.Found.Add(new TimexCandidate(start, end, TimexType.Date, r.Value, "event-offset:" + found.Event.Id)
        {
            Granularity = r.Granularity,
            Anchoring = TimeAnchoring.RelativeToEvent,
            AnchorValue = date is { } dd ? $"{found.Event.Id} {TimexCalendar.Day(dd)}" : found.Event.Id,
            UnresolvedReason = r.Value is null ? r.Reason : null,
        });
    }

    /// <summary>"this week", "last month", "next year", "the past year", "the weekend", "the latest quarter".</summary>
    private static void RelativeUnit(TimexScan scan, TimeUnit unit, int us, int ue)
    {
        var m = Before(scan, TimexPatterns.BeforeRelative(), us, 40);
        if (!m.Success)
        {
            return;
        }

        var rel = string.Join(' ', m.Groups["rel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var start = m.Index;
        switch (rel)
        {
            case "the":
                if (unit == TimeUnit.Weekend)
                {
                    // "over the weekend": the latest weekend in a past-tense clause, else the coming one.
                    var direction = scan.Direction(start, ue);
                    var weekendDay = scan.Anchor.Day is { } a && a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                    scan.Add(start, ue, TimexType.Date, scan.Unit(TimeUnit.Weekend, weekendDay || direction == TemporalDirection.Future ? 0 : -1), "the-weekend", TimeAnchoring.RelativeToAnchor);
                }
                else if (unit == TimeUnit.Quarter)
                {
                    // "the quarter" in a company report is the latest quarter reported.
                    var direction = scan.Direction(start, ue);
                    scan.Add(start, ue, TimexType.Date, scan.Unit(TimeUnit.Quarter, direction == TemporalDirection.Future ? 0 : -1), "the-quarter", TimeAnchoring.RelativeToAnchor);
                }

                return;
            case "the same" or "that" or "the following" or "the preceding":
                if (unit is not (TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second))
                {
                    scan.Add(start, ue, TimexType.Date, Resolution.Unresolved("counted from a time named earlier in the text, not from the publication date"), "relative-unit-anaphoric", TimeAnchoring.RelativeToAnchor);
                }

                return;
            case "the full" when unit == TimeUnit.Year:
                scan.Add(start, ue, TimexType.Date, scan.Unit(TimeUnit.Year, 0), "the-full-year", TimeAnchoring.RelativeToAnchor);
                return;
            case "the full" or "the whole" or "the entire":
                scan.Add(start, ue, TimexType.Duration, Resolution.Of(TimexCalendar.Duration(1, unit), TimexCalendar.Granularity(unit)), "duration-whole-unit", TimeAnchoring.Absolute);
                return;
            default:
                break;
        }

        var offset = Relation(rel);
        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second || (unit == TimeUnit.Decade && rel.StartsWith("the ", StringComparison.Ordinal)) || (unit == TimeUnit.Century && rel is "the past" or "the last"))
        {
            // "the past hour", "over the next decade": a span up to or from now.
            scan.Add(start, ue, TimexType.Duration, Resolution.Of(TimexCalendar.Duration(1, unit), TimexCalendar.Granularity(unit)), "relative-span", TimeAnchoring.Absolute);
            return;
        }

        if (unit == TimeUnit.Day)
        {
            if (rel is not ("this" or "current"))
            {
                scan.Add(start, ue, TimexType.Date, Resolution.Unresolved("counted from a time named earlier in the text, not from the publication date"), "relative-unit-anaphoric", TimeAnchoring.RelativeToAnchor);
            }

            return;
        }

        scan.Add(start, ue, TimexType.Date, scan.Unit(unit, offset), "relative-unit", TimeAnchoring.RelativeToAnchor);
    }

    /// <summary>"the end of the year", "the beginning of next month", "year-end", "the turn of the century".</summary>
    private static void UnitBoundary(TimexScan scan, TimeUnit unit, int us, int ue)
    {
        if (unit is not (TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Quarter))
        {
            return;
        }

        string pos;
        string rel;
        int start, end;
        var b = Before(scan, TimexPatterns.BeforeBoundary(), us, 40);
        if (b.Success)
        {
            pos = b.Groups["pos"].Value.ToLowerInvariant();
            rel = b.Groups["rel"].Success ? b.Groups["rel"].Value.ToLowerInvariant() : "the";
            (start, end) = (b.Index, ue);
        }
        else if (unit is TimeUnit.Year or TimeUnit.Month && After(scan, TimexPatterns.AfterEnd(), ue) is { Success: true } e)
        {
            pos = "end";
            rel = "the";
            (start, end) = (us, e.Index + e.Length);
        }
        else
        {
            return;
        }

        var mod = pos switch
        {
            "beginning" or "start" or "turn" => "START",
            "middle" => "MID",
            _ => "END",
        };
        var offset = rel switch
        {
            "next" => 1,
            "last" => -1,
            _ => 0,
        };

        // "peaked by the end of the year" early in a year: the end already past is last year's.
        if (rel is "the" && mod == "END" && scan.Anchor.Month is { } am && scan.Direction(start, end) == TemporalDirection.Past
            && ((unit == TimeUnit.Year && am < 12) || (unit == TimeUnit.Month && (scan.Anchor.Day?.Day ?? 31) < 20)))
        {
            offset = -1;
        }

        var r = scan.Unit(unit, offset);
        scan.Found.Add(new TimexCandidate(start, end, TimexType.Date, r.Value, "unit-boundary")
        {
            Mod = mod,
            Granularity = r.Granularity,
            Anchoring = TimeAnchoring.RelativeToAnchor,
            AnchorValue = scan.AnchorNote,
            UnresolvedReason = r.Value is null ? r.Reason : null,
        });
    }

    /// <summary>"every week", "each year", "every two months", "twice a week".</summary>
    private static void EveryUnit(TimexScan scan, TimeUnit unit, int us, int ue, bool fortnight)
    {
        var e = Before(scan, TimexPatterns.BeforeEvery(), us, 40);
        if (!e.Success)
        {
            return;
        }

        decimal? n = e.Groups["num"].Success ? TimeWords.Number(e.Groups["num"].Value) : 1;
        if (e.Value.Contains(" other ", StringComparison.OrdinalIgnoreCase))
        {
            n = 2;
        }

        if (fortnight)
        {
            n *= 2;
            unit = TimeUnit.Week;
        }

        var value = unit == TimeUnit.Weekend ? "XXXX-WXX-WE" : TimexCalendar.Duration(n, unit);
        scan.Add(e.Index, ue, TimexType.Set, Resolution.Of(value, null), "recurrence", TimeAnchoring.Absolute);
    }

    /// <summary>"years", "for months", "recent weeks", "the coming months", "decades-long", "these days".</summary>
    private static void VagueUnits(TimexScan scan, TimeUnit unit, int us, int ue)
    {
        if (unit is TimeUnit.Second or TimeUnit.Weekend or TimeUnit.Quarter)
        {
            return;
        }

        var v = Before(scan, TimexPatterns.BeforeVague(), us, 30);
        var rel = v.Success && v.Groups["rel"].Success ? v.Groups["rel"].Value.ToLowerInvariant() : string.Empty;
        var start = v.Success ? v.Index : us;
        var end = ue;
        if (After(scan, TimexPatterns.AfterUnit(), ue) is { Success: true } tail && tail.Groups["long"].Success)
        {
            end = tail.Index + tail.Length;
        }

        switch (rel)
        {
            case "these" when unit == TimeUnit.Day:
                scan.Add(start, end, TimexType.Date, Resolution.Of("PRESENT_REF", null), "these-days", TimeAnchoring.Absolute);
                return;
            case "those" when unit == TimeUnit.Day:
                scan.Add(start, end, TimexType.Date, Resolution.Of("PAST_REF", null), "those-days", TimeAnchoring.Absolute);
                return;
            case "these" or "those":
                return;
            case "recent" when unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century:
                scan.Add(start, end, TimexType.Date, Resolution.Of("PAST_REF", null), "recent-years", TimeAnchoring.Absolute);
                return;
            case "coming" or "next" when unit is TimeUnit.Year or TimeUnit.Decade && !v.Groups["the"].Success:
                scan.Add(start, end, TimexType.Date, Resolution.Of("FUTURE_REF", null), "coming-years", TimeAnchoring.Absolute);
                return;
            default:
                break;
        }

        // A bare plural after "the" ("the days when") is no span unless an adjective says so.
        if (v.Success && !v.Groups["rel"].Success && v.Groups["the"].Success)
        {
            start = us;
        }

        scan.Add(start, end, TimexType.Duration, Resolution.Of(TimexCalendar.Duration(null, unit), null), "duration-plural", TimeAnchoring.Absolute);
    }

    /// <summary>"the third quarter", "fourth-quarter", "the first quarter of 2023".</summary>
    private static void Quarter(TimexScan scan, int us, int ue)
    {
        var ord = Before(scan, TimexPatterns.BeforeQuarter(), us, 20);
        if (!ord.Success || TimeWords.Ordinal(ord.Groups["ord"].Value) is not { } n || n is < 1 or > 4)
        {
            return;
        }

        var after = After(scan, TimexPatterns.AfterQuarter(), ue);
        var end = after.Success ? after.Index + after.Length : ue;
        if (after.Success && after.Groups["year"].Success)
        {
            scan.Add(ord.Index, end, TimexType.Date, Resolution.Of($"{after.Groups["year"].Value}-Q{n}", TimeGranularity.Quarter), "quarter-year", TimeAnchoring.Absolute);
            return;
        }

        if (after.Success)
        {
            var yr = scan.Unit(TimeUnit.Year, after.Groups["rel"].Success ? Relation(after.Groups["rel"].Value) : 0);
            scan.Add(ord.Index, end, TimexType.Date, yr.Value is null ? yr : Resolution.Of($"{yr.Value}-Q{n}", TimeGranularity.Quarter), "quarter-relative", TimeAnchoring.RelativeToAnchor);
            return;
        }

        scan.Add(ord.Index, end, TimexType.Date, scan.Quarter(n, scan.Direction(ord.Index, end)), "quarter", TimeAnchoring.YearFromAnchor);
    }

    private static void DaysRelative(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.DayRelative().Matches(scan.Text))
        {
            var word = string.Join(' ', (m.Groups["w"].Success ? m.Groups["w"].Value : m.Groups["pre"].Value).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var pod = m.Groups["pod"].Success ? TimeWords.PartOfDay(m.Groups["pod"].Value) : null;
            var offset = word switch
            {
                "yesterday" or "last" => -1,
                "tomorrow" => 1,
                "the day before yesterday" => -2,
                "the day after tomorrow" => 2,
                _ => 0,
            };
            if (word == "tonight")
            {
                pod = "NI";
            }

            // "last morning" is not English; "last evening" and "last night" are yesterday's.
            if (word == "last" && pod is not ("NI" or "EV"))
            {
                continue;
            }

            var r = scan.Unit(TimeUnit.Day, offset);
            if (pod is not null)
            {
                r = r.Value is null ? r : Resolution.Of(r.Value + "T" + pod, TimeGranularity.PartOfDay);
            }

            scan.Add(m, pod is null ? TimexType.Date : TimexType.Time, r, pod is null ? "day-relative" : "day-relative-part", TimeAnchoring.RelativeToAnchor);
        }
    }

    private static void Weekdays(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.WeekdayName().Matches(scan.Text))
        {
            var day = TimeWords.Weekday(m.Groups["wd"].ValueSpan)!.Value;
            var lead = Before(scan, TimexPatterns.BeforeName(), m.Index, 25);
            var rel = lead.Success ? lead.Groups["rel"] : null;
            var start = rel is { Success: true } ? rel.Index : m.Index;
            if (rel is not { Success: true } && NameWords.Contains(PreviousWordAsWritten(scan.Text, m.Index)))
            {
                continue; // "Black Friday", "Super Tuesday".
            }

            var end = m.Index + m.Length;
            int? relation = rel is { Success: true } ? Relation(rel.Value) : null;
            var r = scan.Weekday(day, relation, scan.Direction(start, end));
            var pod = m.Groups["pod"].Success ? TimeWords.PartOfDay(m.Groups["pod"].Value) : null;
            if (pod is not null)
            {
                r = r.Value is null ? r : Resolution.Of(r.Value + "T" + pod, TimeGranularity.PartOfDay);
            }

            scan.Add(start, end, pod is null ? TimexType.Date : TimexType.Time, r, pod is null ? "weekday" : "weekday-part", TimeAnchoring.RelativeToAnchor);
        }
    }

    private static void ClockTimes(TimexScan scan)
    {
        foreach (var pattern in new[] { TimexPatterns.ClockTime(), TimexPatterns.ClockWord() })
        {
            foreach (Match m in pattern.Matches(scan.Text))
            {
                int hour;
                var minute = 0;
                if (m.Groups["word"].Success)
                {
                    hour = m.Groups["word"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 24 : 12;
                }
                else
                {
                    hour = Int(m.Groups["hour"]);
                    minute = m.Groups["minute"].Success ? Int(m.Groups["minute"]) : 0;
                    if (m.Groups["ampm"].Success)
                    {
                        if (hour is < 1 or > 12)
                        {
                            continue;
                        }

                        var pm = char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p';
                        hour = pm ? (hour % 12) + 12 : hour % 12;
                    }
                }

                Resolution dayR;
                if (m.Groups["wd"].Success)
                {
                    dayR = scan.Weekday(TimeWords.Weekday(m.Groups["wd"].ValueSpan)!.Value, null, scan.Direction(m.Index, m.Index + m.Length));
                }
                else if (m.Groups["rday"].Success)
                {
                    dayR = scan.Unit(TimeUnit.Day, m.Groups["rday"].Value.ToLowerInvariant() switch
                    {
                        "yesterday" => -1,
                        "tomorrow" => 1,
                        _ => 0,
                    });
                }
                else
                {
                    dayR = scan.Unit(TimeUnit.Day, 0);
                }

                var clock = string.Create(Inv, $"T{hour:D2}:{minute:D2}");
                scan.Add(m, TimexType.Time, Resolution.Of((dayR.Value ?? "XXXX-XX-XX") + clock, TimeGranularity.Minute), "clock-time", TimeAnchoring.RelativeToAnchor);
            }
        }

        foreach (Match m in TimexPatterns.BareClock().Matches(scan.Text))
        {
            var dayR = scan.Unit(TimeUnit.Day, 0);
            var clock = string.Create(Inv, $"T{Int(m.Groups["hour"]):D2}:{Int(m.Groups["minute"]):D2}");
            scan.Add(m, TimexType.Time, Resolution.Of((dayR.Value ?? "XXXX-XX-XX") + clock, TimeGranularity.Minute), "clock-time-24h", TimeAnchoring.RelativeToAnchor);
        }

        foreach (Match m in TimexPatterns.ElapsedTime().Matches(scan.Text))
        {
            var h = Int(m.Groups["hour"]);
            var mi = Int(m.Groups["minute"]);
            var s = Int(m.Groups["second"]);
            var value = "PT" + (h > 0 ? $"{h}H" : string.Empty) + (mi > 0 ? $"{mi}M" : string.Empty) + (s > 0 ? $"{s}S" : string.Empty);
            scan.Add(m, TimexType.Duration, Resolution.Of(value == "PT" ? "PT0S" : value, TimeGranularity.Second), "elapsed-time", TimeAnchoring.Absolute);
        }
    }

    private static void References(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.ReferenceWord().Matches(scan.Text))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            var end = m.Index + m.Length;
            var leadMatch = Before(scan, TimexPatterns.BeforeReference(), m.Index, 20);
            var lead = leadMatch.Success ? string.Join(' ', leadMatch.Groups["lead"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : string.Empty;
            var next = scan.NextWord(end);
            string value;
            var start = m.Index;
            switch (w)
            {
                case "now":
                    // "until now", "for now", "by now" bound a span rather than name the present.
                    if (lead is "until" or "for" or "by")
                    {
                        continue;
                    }

                    if (lead == "right")
                    {
                        start = leadMatch.Index;
                    }

                    value = "PRESENT_REF";
                    break;
                case "currently" or "nowadays" or "presently":
                    value = "PRESENT_REF";
                    break;
                case "present":
                    if (lead is not ("the" or "at" or "the present"))
                    {
                        continue;
                    }

                    if (lead == "the")
                    {
                        start = leadMatch.Index;
                    }

                    value = "PRESENT_REF";
                    break;
                case "current":
                    if (lead == "then" || next.StartsWith("account", StringComparison.OrdinalIgnoreCase) || next.Equals("affairs", StringComparison.OrdinalIgnoreCase)
                        || next.Length == 0 || scan.Text.AsSpan(end).StartsWith("-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    value = "PRESENT_REF";
                    break;
                case "recently" or "lately":
                    if (lead is "most" or "more")
                    {
                        start = leadMatch.Index;
                    }

                    value = "PAST_REF";
                    break;
                case "recent":
                    if (next.Length > 0 && char.IsLower(next[0]) && TimeWords.Unit(next) is not null)
                    {
                        continue; // "recent weeks" belongs to the unit phrases.
                    }

                    value = "PAST_REF";
                    break;
                case "past":
                    // "the past", "in the past"; "the past two years" and "past presidents" are read elsewhere or not at all.
                    if (lead != "the" || (next.Length > 0 && (char.IsDigit(next[0]) || TimeWords.Number(next) is not null || TimeWords.Unit(next) is not null)))
                    {
                        continue;
                    }

                    start = leadMatch.Index;
                    value = "PAST_REF";
                    break;
                case "future":
                    if (lead is "the" or "the near" or "the distant")
                    {
                        start = leadMatch.Index;
                    }
                    else if (lead != "in")
                    {
                        continue;
                    }

                    value = "FUTURE_REF";
                    break;
                default:
                    continue;
            }

            var rule = value switch
            {
                "PRESENT_REF" => "present-reference",
                "PAST_REF" => "past-reference",
                _ => "future-reference",
            };
            scan.Add(start, end, TimexType.Date, Resolution.Of(value, null), rule, TimeAnchoring.Absolute);
        }
    }

    private static void Recurrences(TimexScan scan)
    {
        foreach (Match m in TimexPatterns.Recurrence().Matches(scan.Text))
        {
            string value;
            if (m.Groups["adverb"].Success)
            {
                // "its quarterly dividend", "the daily newspaper": an adjective naming a kind of thing, not a recurrence.
                var nextWord = scan.NextWord(m.Index + m.Length);
                var beforeNoun = nextWord.Length > 0 && char.IsLower(nextWord[0]) && !Determiners.Contains(nextWord);
                if ((beforeNoun && Determiners.Contains(scan.PreviousWord(m.Index)))
                    || (beforeNoun && m.Groups["adverb"].Value.Equals("quarterly", StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                value = m.Groups["adverb"].Value.ToLowerInvariant() switch
                {
                    "daily" => "P1D",
                    "weekly" => "P1W",
                    "monthly" => "P1M",
                    "annually" or "yearly" => "P1Y",
                    "hourly" => "PT1H",
                    "nightly" => "XXXX-XX-XXTNI",
                    "quarterly" => "P3M",
                    "biweekly" or "fortnightly" => "P2W",
                    _ => "P6M",
                };
            }
            else if (m.Groups["plural"].Success)
            {
                value = $"XXXX-WXX-{TimeWords.IsoDay(TimeWords.Weekday(m.Groups["plural"].ValueSpan)!.Value)}";
            }
            else if (m.Groups["wd"].Success)
            {
                value = $"XXXX-WXX-{TimeWords.IsoDay(TimeWords.Weekday(m.Groups["wd"].ValueSpan)!.Value)}";
            }
            else if (m.Groups["pod"].Success)
            {
                value = "XXXX-XX-XXT" + TimeWords.PartOfDay(m.Groups["pod"].Value);
            }
            else if (m.Groups["season"].Success)
            {
                var s = TimeWords.Season(m.Groups["season"].Value);
                value = s is null ? "P1Y" : "XXXX-" + s;
            }
            else
            {
                value = "XXXX-" + TimeWords.Month(m.Groups["month"].ValueSpan)!.Value.ToString("D2", Inv);
            }

            scan.Add(m, TimexType.Set, Resolution.Of(value, null), "recurrence", TimeAnchoring.Absolute);
        }
    }

    private static void EventNames(TimexScan scan)
    {
        foreach (Match m in scan.Events.StandalonePattern.Matches(scan.Text))
        {
            if (scan.Events.MatchStandaloneName(scan.Text, m.Index) is not { } found)
            {
                continue;
            }

            var end = m.Index + found.Length;
            var lead = Before(scan, TimexPatterns.BeforeName(), m.Index, 25);
            var rel = lead.Success ? lead.Groups["rel"] : null;
            var start = rel is { Success: true } ? rel.Index : m.Index;
            int? relation = rel is { Success: true } ? Relation(rel.Value) : null;
            var direction = relation switch
            {
                -1 => TemporalDirection.Past,
                1 => TemporalDirection.Future,
                _ => scan.Direction(start, end),
            };
            var (date, reason) = scan.Events.Instance(found.Event, scan.Anchor, direction, strict: relation is -1 or 1);
            scan.Found.Add(new TimexCandidate(start, end, TimexType.Date, date is { } d ? TimexCalendar.Day(d) : null, "event-name:" + found.Event.Id)
            {
                Granularity = date is null ? null : TimeGranularity.Day,
                Anchoring = found.Event.Kind == TimeEventKind.Dated && found.Event.Instances.Length == 1 ? TimeAnchoring.Absolute : TimeAnchoring.RelativeToEvent,
                AnchorValue = date is { } dd ? $"{found.Event.Id} {TimexCalendar.Day(dd)}" : found.Event.Id,
                UnresolvedReason = date is null ? reason : null,
            });
        }
    }
}
