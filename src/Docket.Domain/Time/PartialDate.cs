using System.Globalization;

namespace Docket.Domain.Time;

/// <summary>
/// A calendar date known to a year, a month or a day, as news text gives it ("2023",
/// "2024-11", "2024-11-17"). Its ISO form is the form the gold files use.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month is { } m && (m < 1 || m > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>First day the date can mean.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day the date can mean.</summary>
    public DateOnly Latest
    {
        get
        {
            var m = Month ?? 12;
            return new DateOnly(Year, m, Day ?? DateTime.DaysInMonth(Year, m));
        }
    }

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part after 'T' or ' ' is ignored).</summary>
    public static bool TryParse(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var cut = s.IndexOfAny(['T', ' ']);
        if (cut > 0)
        {
            s = s[..cut];
        }

        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4)
        {
            return false;
        }

        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1)
        {
            return false;
        }

        int? mo = null, d = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mv) || mv is < 1 or > 12)
            {
                return false;
            }

            mo = mv;
        }

        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dv) || dv < 1 || dv > DateTime.DaysInMonth(y, mo!.Value))
            {
                return false;
            }

            d = dv;
        }

        value = new PartialDate(y, mo, d);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var c = Earliest.CompareTo(other.Earliest);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
