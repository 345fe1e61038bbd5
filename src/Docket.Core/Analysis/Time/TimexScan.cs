using System.Text.RegularExpressions;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// The state of one recognition run: the text, the anchor and the readings found so far, with
/// the calendar resolutions every rule shares. Created per call; never shared between threads.
/// </summary>
internal sealed class TimexScan
{
    public const string NeedsDay = "counted from the publication day, which is unknown";
    public const string NeedsMonth = "counted from the publication month, which is unknown";
    public const string NeedsYear = "needs the publication year, which is unknown";

    /// <summary>How near publication (in days) a month-and-day date is taken as meant regardless of tense.</summary>
    private const int NearDays = 45;

    public TimexScan(string text, TimeAnchor anchor, TimeEventGazetteer events)
    {
        Text = text;
        Anchor = anchor;
        Events = events;
    }

    public string Text { get; }

    public TimeAnchor Anchor { get; }

    public TimeEventGazetteer Events { get; }

    public List<TimexCandidate> Found { get; } = [];

    public string AnchorNote => Anchor.ToString();

    public TemporalDirection Direction(int start, int end) => TenseCues.Around(Text, start, end);

    /// <summary>Adds a reading of the match (or of a group of it).</summary>
    public void Add(Capture span, TimexType type, Resolution r, string rule, TimeAnchoring anchoring, bool takesApproximation = false) =>
        Add(span.Index, span.Index + span.Length, type, r, rule, anchoring, takesApproximation);

    public void Add(int start, int end, TimexType type, Resolution r, string rule, TimeAnchoring anchoring, bool takesApproximation = false)
    {
        // Trailing punctuation never belongs to an expression ("next week." in running text).
        while (end > start && Text[end - 1] is '.' or ',' && !(end - start > 2 && IsAbbreviationDot(end - 1)))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        Found.Add(new TimexCandidate(start, end, type, r.Value, rule)
        {
            Granularity = r.Granularity,
            Anchoring = anchoring,
            AnchorValue = anchoring is TimeAnchoring.Absolute ? null : AnchorNote,
            UnresolvedReason = r.Value is null ? r.Reason ?? "no value" : null,
            TakesApproximation = takesApproximation,
        });
    }

    /// <summary>The lower-case word just before <paramref name="start"/>, skipping spaces; empty when none.</summary>
    public string PreviousWord(int start)
    {
        var i = start;
        while (i > 0 && Text[i - 1] is ' ' or '\t' or '(' or '"' or '“')
        {
            i--;
        }

        var end = i;
        while (i > 0 && (char.IsLetter(Text[i - 1]) || Text[i - 1] == '\''))
        {
            i--;
        }

        return Text[i..end].ToLowerInvariant();
    }

    /// <summary>The word just after <paramref name="end"/>, skipping spaces; empty when none.</summary>
    public string NextWord(int end)
    {
        var i = end;
        while (i < Text.Length && Text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        while (i < Text.Length && (char.IsLetter(Text[i]) || Text[i] == '-'))
        {
            i++;
        }

        return Text[start..i];
    }

    // ---- Calendar resolutions shared by the rules ----

    /// <summary>The year of a month and day written without one: from the anchor, choosing by tense
    /// the latest past, the earliest future or else the nearest occurrence.</summary>
    public (Resolution R, TimeAnchoring A) MonthDay(int month, int day, TemporalDirection direction)
    {
        if (Anchor.Day is { } a)
        {
            DateOnly? best = null;
            DateOnly? near = null;
            foreach (var y in new[] { a.Year - 1, a.Year, a.Year + 1 })
            {
                if (!TimexCalendar.ValidYear(y) || day > DateTime.DaysInMonth(y, month))
                {
                    continue;
                }

                var d = new DateOnly(y, month, day);
                best = Better(best, d, a, direction);
                if (Math.Abs(d.DayNumber - a.DayNumber) <= NearDays)
                {
                    near = d;
                }
            }

            // A day within a few weeks of publication is that one, whatever the tense: a deadline
            // "extended to Nov. 16" or a return "by Jan. 14" written a day late is not a year away.
            best = near ?? best;

            return best is { } b ? (Resolution.Of(TimexCalendar.Day(b), TimeGranularity.Day), TimeAnchoring.YearFromAnchor) : (Resolution.Unresolved("no such day"), TimeAnchoring.YearFromAnchor);
        }

        if (Anchor.Year is { } year)
        {
            var y = Anchor.Month is { } am ? YearForMonth(year, am, month, direction) : year;
            return day <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), month)
                ? (Resolution.Of(TimexCalendar.Day(new DateOnly(y, month, day)), TimeGranularity.Day), TimeAnchoring.YearFromAnchor)
                : (Resolution.Unresolved("no such day"), TimeAnchoring.YearFromAnchor);
        }

        return (Resolution.Unresolved("the year is not written and " + NeedsYear), TimeAnchoring.YearFromAnchor);
    }

    /// <summary>The year of a month named alone ("in August"), by tense as for <see cref="MonthDay"/>.</summary>
    public Resolution Month(int month, TemporalDirection direction)
    {
        if (Anchor.Year is not { } year)
        {
            return Resolution.Unresolved("the year is not written and " + NeedsYear);
        }

        var y = Anchor.Month is { } am ? YearForMonth(year, am, month, direction) : year;
        return Resolution.Of(TimexCalendar.Month(y, month), TimeGranularity.Month);
    }

    /// <summary>"last August" (the latest August before this month), "next August", "this August".</summary>
    public Resolution MonthRelative(int month, int offset)
    {
        if (Anchor.Year is not { } year || Anchor.Month is not { } am)
        {
            return Resolution.Unresolved(NeedsMonth);
        }

        var y = offset switch
        {
            < 0 => month < am ? year : year - 1,
            > 0 => month > am ? year : year + 1,
            _ => year,
        };
        return Resolution.Of(TimexCalendar.Month(y, month), TimeGranularity.Month);
    }

    /// <summary>The day a weekday name means: the anchor day itself when it is that weekday, else the
    /// latest before it (past or unknown tense) or the next after it (future tense). <paramref name="relation"/>:
    /// -1 "last", +1 "next", 0 "this" (same ISO week), null none.</summary>
    public Resolution Weekday(DayOfWeek day, int? relation, TemporalDirection direction)
    {
        if (Anchor.Day is not { } a)
        {
            return Resolution.Unresolved(NeedsDay);
        }

        var back = ((int)a.DayOfWeek - (int)day + 7) % 7;
        var forward = ((int)day - (int)a.DayOfWeek + 7) % 7;
        int delta = relation switch
        {
            -1 => back == 0 ? -7 : -back,
            1 => forward == 0 ? 7 : forward,
            0 => TimeWords.IsoDay(day) - TimeWords.IsoDay(a.DayOfWeek),
            _ when back == 0 => 0,
            _ => direction == TemporalDirection.Future ? forward : -back,
        };
        return Resolution.Of(TimexCalendar.AddDays(a, delta) is { } d ? TimexCalendar.Day(d) : null, TimeGranularity.Day);
    }

    /// <summary>The unit holding the anchor, shifted by <paramref name="offset"/> ("last week" is -1 weeks).</summary>
    public Resolution Unit(TimeUnit unit, int offset)
    {
        if (Anchor.Day is { } a)
        {
            return Resolution.Of(TimexCalendar.UnitValue(a, unit, offset), TimexCalendar.Granularity(unit));
        }

        if (Anchor.Year is { } y && unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            && (Anchor.Month is not null || unit is not (TimeUnit.Month or TimeUnit.Quarter)))
        {
            return Resolution.Of(TimexCalendar.UnitValue(y, Anchor.Month, unit, offset), TimexCalendar.Granularity(unit));
        }

        return Resolution.Unresolved(unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century ? NeedsYear
            : unit is TimeUnit.Month or TimeUnit.Quarter ? NeedsMonth : NeedsDay);
    }

    /// <summary>The point <paramref name="count"/> units before the anchor ("two years ago" → the year two years back).</summary>
    public Resolution Ago(decimal count, TimeUnit unit)
    {
        var n = (int)Math.Round(count, MidpointRounding.AwayFromZero);
        if (count != n || n > 5000)
        {
            // "a year and a half ago": a month-level point.
            if (unit == TimeUnit.Year && count * 12 == decimal.Truncate(count * 12) && count < 400)
            {
                return Unit(TimeUnit.Month, -(int)(count * 12));
            }

            return Resolution.Unresolved("a fractional count of units");
        }

        return unit switch
        {
            TimeUnit.Decade => Unit(TimeUnit.Year, -10 * n),
            TimeUnit.Century => Unit(TimeUnit.Year, -100 * n),
            TimeUnit.Quarter => Unit(TimeUnit.Quarter, -n),
            TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => Unit(TimeUnit.Day, unit == TimeUnit.Hour && n >= 24 ? -(n / 24) : 0),
            TimeUnit.Weekend => Unit(TimeUnit.Weekend, -n),
            _ => Unit(unit, -n),
        };
    }

    /// <summary>A season without a year, by relation (-1 last, 0 this, +1 next) or, when none, by tense.</summary>
    public Resolution Season(string season, int? relation, TemporalDirection direction)
    {
        if (Anchor.Year is not { } year)
        {
            return Resolution.Unresolved("the year is not written and " + NeedsYear);
        }

        if (Anchor.Month is not { } month)
        {
            return Resolution.Of($"{TimexCalendar.Year(year)}-{season}", TimeGranularity.Season);
        }

        var (curYear, curSeason) = TimexCalendar.SeasonOf(year, month);
        var start = TimexCalendar.SeasonStartMonth(season);

        // The occurrence of the season that starts in year y begins at month index y*12+start.
        var nowIndex = (year * 12) + month;
        int StartIndex(int y) => (y * 12) + start;
        var thisYearStarted = StartIndex(year) <= nowIndex;
        int y;
        if (season == curSeason)
        {
            y = relation switch
            {
                -1 => curYear - 1,
                1 => curYear + 1,
                _ => curYear,
            };
        }
        else
        {
            var latestPast = thisYearStarted ? year : year - 1;
            var nextFuture = thisYearStarted ? year + 1 : year;
            y = relation switch
            {
                -1 => latestPast,
                1 => nextFuture,
                0 => direction == TemporalDirection.Past ? latestPast : nextFuture,
                _ => direction switch
                {
                    TemporalDirection.Past => latestPast,
                    TemporalDirection.Future => nextFuture,
                    _ => nowIndex - StartIndex(latestPast) <= StartIndex(nextFuture) - nowIndex ? latestPast : nextFuture,
                },
            };
        }

        return TimexCalendar.ValidYear(y) ? Resolution.Of($"{TimexCalendar.Year(y)}-{season}", TimeGranularity.Season) : Resolution.Unresolved("outside the calendar");
    }

    /// <summary>The year of a quarter written without one: the anchor's, or the year before for a past
    /// quarter that has not begun yet this year.</summary>
    public Resolution Quarter(int quarter, TemporalDirection direction)
    {
        if (Anchor.Year is not { } year)
        {
            return Resolution.Unresolved("the year is not written and " + NeedsYear);
        }

        var y = Anchor.Month is { } m && direction == TemporalDirection.Past && quarter > TimexCalendar.QuarterOf(m) ? year - 1 : year;
        return Resolution.Of(TimexCalendar.Quarter(y, quarter), TimeGranularity.Quarter);
    }

    private static int YearForMonth(int year, int anchorMonth, int month, TemporalDirection direction)
    {
        return direction switch
        {
            TemporalDirection.Past => month <= anchorMonth ? year : year - 1,
            TemporalDirection.Future => month >= anchorMonth ? year : year + 1,
            _ => Math.Abs(month - anchorMonth) <= 6 ? year : month > anchorMonth ? year - 1 : year + 1,
        };
    }

    private static DateOnly? Better(DateOnly? best, DateOnly d, DateOnly anchor, TemporalDirection direction)
    {
        if (best is not { } b)
        {
            return d;
        }

        return direction switch
        {
            // Latest on or before the anchor; failing that, the nearest.
            TemporalDirection.Past => (d <= anchor, b <= anchor) switch
            {
                (true, false) => d,
                (true, true) => d > b ? d : b,
                (false, true) => b,
                _ => Near(d, b, anchor),
            },
            TemporalDirection.Future => (d >= anchor, b >= anchor) switch
            {
                (true, false) => d,
                (true, true) => d < b ? d : b,
                (false, true) => b,
                _ => Near(d, b, anchor),
            },
            _ => Near(d, b, anchor),
        };
    }

    private static DateOnly Near(DateOnly d, DateOnly b, DateOnly anchor) =>
        Math.Abs(d.DayNumber - anchor.DayNumber) < Math.Abs(b.DayNumber - anchor.DayNumber) ? d : b;

    private bool IsAbbreviationDot(int dot)
    {
        // "a.m." and "Sept." keep their dot: a dot after a single letter or a month abbreviation.
        var i = dot;
        while (i > 0 && char.IsLetter(Text[i - 1]))
        {
            i--;
        }

        var word = Text.AsSpan(i, dot - i);
        return word.Length == 1 || (word.Length is 3 or 4 && TimeWords.Month(word) is not null && !word.Equals("May", StringComparison.OrdinalIgnoreCase));
    }
}
