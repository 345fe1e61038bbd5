using System.Globalization;
using Docket.Domain.Analysis;
using Docket.Domain.Time;

namespace Docket.Core.Decisions;

/// <summary>
/// Turns a resolved time expression into an event date as GOLD-FORMAT.md wants it: as precise as
/// the text allows, and never more precise than the expression ("last week" that spans two months
/// is the year; a season is its year; "PRESENT_REF" is no date).
/// </summary>
internal static class EventDates
{
    public static PartialDate? From(TimeExpression time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.Type is TimexType.Date or TimexType.Time ? FromValue(time.Value) : null;
    }

    /// <summary>"2024-11-17" (a time part is dropped), "2024-11", "2024", "2022-W36" (the month when
    /// the week lies in one month, else the year), "2023-SU"/"2023-Q3"/"2023-H2" (the year).</summary>
    public static PartialDate? FromValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 4 || !char.IsDigit(value[0]))
        {
            return null;
        }

        if (PartialDate.TryParse(value, out var date))
        {
            return date;
        }

        if (!int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var rest = value.Length > 5 && value[4] == '-' ? value[5..] : string.Empty;
        if (rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            var monday = ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday);
            var sunday = monday.AddDays(6);
            return monday.Month == sunday.Month && monday.Year == sunday.Year
                ? new PartialDate(monday.Year, monday.Month)
                : new PartialDate(year);
        }

        // Seasons, quarters, halves, decades' years: the year is the most the gold format keeps.
        return rest.Length > 0 && char.IsLetter(rest[0]) ? new PartialDate(year) : null;
    }
}
