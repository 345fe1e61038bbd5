using System.Globalization;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// Calendar arithmetic and TIMEX3 value formatting ("2013-W11", "2023-SU", "P2M"). Pure and
/// culture-independent; dates outside years 1..9999 give null instead of throwing.
/// </summary>
internal static class TimexCalendar
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>ISO week of a day ("2013-W12").</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    public static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The day <paramref name="days"/> after <paramref name="d"/>, or null outside the calendar.</summary>
    public static DateOnly? AddDays(DateOnly d, int days)
    {
        var n = (long)d.DayNumber + days;
        return n is >= 0 and <= 3652058 ? DateOnly.FromDayNumber((int)n) : null;
    }

    /// <summary>(year, month) <paramref name="months"/> months later, or null outside the calendar.</summary>
    public static (int Year, int Month)? AddMonths(int year, int month, int months)
    {
        var index = ((long)year * 12) + (month - 1) + months;
        var y = (int)(index / 12);
        return ValidYear(y) && index >= 0 ? (y, (int)(index % 12) + 1) : null;
    }

    /// <summary>The month of a season's start (SP 3, SU 6, FA 9, WI 12).</summary>
    public static int SeasonStartMonth(string season) => season switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    };

    /// <summary>The season a month falls in and the year TIMEX3 gives it (winter belongs to the year it starts in).</summary>
    public static (int Year, string Season) SeasonOf(int year, int month) => month switch
    {
        >= 3 and <= 5 => (year, "SP"),
        >= 6 and <= 8 => (year, "SU"),
        >= 9 and <= 11 => (year, "FA"),
        12 => (year, "WI"),
        _ => (year - 1, "WI"),
    };

    /// <summary>The duration value of a count of units ("P2M", "PT3H", "P10Y", "PXW" when the count is vague).</summary>
    public static string Duration(decimal? count, TimeUnit unit)
    {
        if (count is { } c && decimal.Truncate(c) != c)
        {
            // Fractions read better one unit down ("a year and a half" is P18M), as annotators write them.
            switch (unit)
            {
                case TimeUnit.Year:
                    return Duration(c * 12, TimeUnit.Month);
                case TimeUnit.Day:
                    return Duration(c * 24, TimeUnit.Hour);
                case TimeUnit.Hour:
                    return Duration(c * 60, TimeUnit.Minute);
                case TimeUnit.Minute:
                    return Duration(c * 60, TimeUnit.Second);
                case TimeUnit.Week:
                    return Duration(c * 7, TimeUnit.Day);
                default:
                    break;
            }
        }

        var (factor, letter, timePart) = unit switch
        {
            TimeUnit.Second => (1, 'S', true),
            TimeUnit.Minute => (1, 'M', true),
            TimeUnit.Hour => (1, 'H', true),
            TimeUnit.Day => (1, 'D', false),
            TimeUnit.Weekend => (2, 'D', false),
            TimeUnit.Week => (1, 'W', false),
            TimeUnit.Month => (1, 'M', false),
            TimeUnit.Quarter => (3, 'M', false),
            TimeUnit.Year => (1, 'Y', false),
            TimeUnit.Decade => (10, 'Y', false),
            _ => (100, 'Y', false),
        };
        var amount = count is { } n
            ? (n * factor).ToString("0.###", CultureInfo.InvariantCulture)
            : unit switch
            {
                TimeUnit.Decade => "XDE",
                TimeUnit.Century => "XCE",
                _ => "X",
            };
        if (count is null && unit is TimeUnit.Decade or TimeUnit.Century)
        {
            return "P" + amount;
        }

        return (timePart ? "PT" : "P") + amount + letter;
    }

    /// <summary>The TIMEX3 value of the unit that holds <paramref name="day"/>, shifted by <paramref name="offset"/> units
    /// (week → "2013-W11", month → "2013-02", year → "2012", quarter → "2013-Q1", decade → "201", century → "20").</summary>
    public static string? UnitValue(DateOnly day, TimeUnit unit, int offset)
    {
        switch (unit)
        {
            case TimeUnit.Day:
                return AddDays(day, offset) is { } d ? Day(d) : null;
            case TimeUnit.Week:
                return AddDays(day, offset * 7) is { } w ? Week(w) : null;
            case TimeUnit.Weekend:
                return WeekendValue(day, offset);
            default:
                return UnitValue(day.Year, day.Month, unit, offset);
        }
    }

    /// <summary>Like <see cref="UnitValue(DateOnly, TimeUnit, int)"/> for an anchor known to a month or a year.</summary>
    public static string? UnitValue(int year, int? month, TimeUnit unit, int offset)
    {
        switch (unit)
        {
            case TimeUnit.Month when month is { } m:
                return AddMonths(year, m, offset) is { } ym ? Month(ym.Year, ym.Month) : null;
            case TimeUnit.Quarter when month is { } mq:
                return AddMonths(year, ((QuarterOf(mq) - 1) * 3) + 1, offset * 3) is { } q ? Quarter(q.Year, QuarterOf(q.Month)) : null;
            case TimeUnit.Year:
                return ValidYear(year + offset) ? Year(year + offset) : null;
            case TimeUnit.Decade:
                var dec = (year / 10) + offset;
                return dec is > 0 and < 1000 ? dec.ToString("D3", CultureInfo.InvariantCulture) : null;
            case TimeUnit.Century:
                var cen = (year / 100) + offset;
                return cen is > 0 and < 100 ? cen.ToString("D2", CultureInfo.InvariantCulture) : null;
            default:
                return null;
        }
    }

    /// <summary>The weekend value ("2013-W11-WE"): offset 0 is the weekend of the anchor's week.</summary>
    private static string? WeekendValue(DateOnly day, int offset) =>
        AddDays(day, offset * 7) is { } d ? Week(d) + "-WE" : null;

    /// <summary>Granularity of a unit's value.</summary>
    public static Docket.Domain.Analysis.TimeGranularity Granularity(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => Docket.Domain.Analysis.TimeGranularity.Second,
        TimeUnit.Minute => Docket.Domain.Analysis.TimeGranularity.Minute,
        TimeUnit.Hour => Docket.Domain.Analysis.TimeGranularity.Hour,
        TimeUnit.Day => Docket.Domain.Analysis.TimeGranularity.Day,
        TimeUnit.Week or TimeUnit.Weekend => Docket.Domain.Analysis.TimeGranularity.Week,
        TimeUnit.Month => Docket.Domain.Analysis.TimeGranularity.Month,
        TimeUnit.Quarter => Docket.Domain.Analysis.TimeGranularity.Quarter,
        TimeUnit.Year => Docket.Domain.Analysis.TimeGranularity.Year,
        TimeUnit.Decade => Docket.Domain.Analysis.TimeGranularity.Decade,
        _ => Docket.Domain.Analysis.TimeGranularity.Century,
    };
}
