using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Domain.Time;

namespace Docket.Core.Ingest;

/// <summary>
/// A publication time as a container wrote it (a JSON field, an RSS <c>pubDate</c>, an Atom
/// <c>updated</c>): the calendar date it names and, when the text gives a time and a zone, the
/// instant. A time without a zone gives only the date, since the instant is unknown.
/// </summary>
public readonly record struct ContainerDate(PartialDate Date, DateTimeOffset? Instant)
{
    private static readonly Regex Rfc822 = new(
        @"^(?:[A-Za-z]{3,9},?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{2,4})(?:\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>[A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    private static readonly Regex Iso = new(
        @"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase,
        TimeSpan.FromSeconds(1));

    /// <summary>Parses ISO 8601 ("2024-11-17", "2024-11-17T19:00:30Z", "2024-11-17 19:00:30"),
    /// a year or a year-month ("2024", "2024-11") and RFC 822 as RSS uses it
    /// ("Sun, 17 Nov 2024 19:00:30 GMT", "17 Nov 24 19:00 +0300"). False for anything else.</summary>
    public static bool TryParse(string? text, out ContainerDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var iso = Iso.Match(s);
        if (iso.Success)
        {
            return TryBuild(Int(iso, "y"), Int(iso, "mo"), Int(iso, "d"), iso, out value);
        }

        var rfc = Rfc822.Match(s);
        if (rfc.Success)
        {
            var month = MonthNames.Parse(rfc.Groups["mon"].Value);
            if (month is null)
            {
                return false;
            }

            var year = Int(rfc, "y");
            if (rfc.Groups["y"].Value.Length == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }

            return TryBuild(year, month.Value, Int(rfc, "d"), rfc, out value);
        }

        if (PartialDate.TryParse(s, out var partial) && s.Length <= 7)
        {
            value = new ContainerDate(partial, null);
            return true;
        }

        return false;
    }

    /// <summary>The offset a zone name or number stands for; null when it is not one.</summary>
    internal static TimeSpan? ZoneOffset(string zone)
    {
        if (zone.Length == 0)
        {
            return null;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length != 5 || !int.TryParse(digits.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hh)
                || !int.TryParse(digits.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || hh > 14 || mm > 59)
            {
                return null;
            }

            var span = new TimeSpan(hh, mm, 0);
            return zone[0] == '-' ? -span : span;
        }

        return zone.ToUpperInvariant() switch
        {
            "Z" or "UT" or "UTC" or "GMT" => TimeSpan.Zero,
            "BST" => TimeSpan.FromHours(1),
            "CET" => TimeSpan.FromHours(1),
            "CEST" => TimeSpan.FromHours(2),
            "EET" => TimeSpan.FromHours(2),
            "EEST" => TimeSpan.FromHours(3),
            "MSK" => TimeSpan.FromHours(3),
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }

    private static bool TryBuild(int year, int month, int day, Match m, out ContainerDate value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new PartialDate(year, month, day);
        DateTimeOffset? instant = null;
        if (m.Groups["h"].Success && m.Groups["z"].Success && ZoneOffset(m.Groups["z"].Value) is { } offset)
        {
            var h = Int(m, "h");
            var mi = Int(m, "mi");
            var sec = m.Groups["s"].Success ? Int(m, "s") : 0;
            if (h > 23 || mi > 59 || sec > 59)
            {
                return false;
            }

            instant = new DateTimeOffset(year, month, day, h, mi, sec, offset);
        }

        value = new ContainerDate(date, instant);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>English month names and their abbreviations ("Nov", "Sept", "November").</summary>
internal static class MonthNames
{
    private static readonly string[] Names =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Month number (1-12) of a name or an abbreviation of at least three letters.</summary>
    public static int? Parse(string word)
    {
        var w = word.Trim().TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3)
        {
            return null;
        }

        if (w == "sept")
        {
            return 9;
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i].StartsWith(w, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
