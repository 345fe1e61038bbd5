using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Core.Ingest;
using Docket.Domain.Time;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>A date read from a header line, with the instant when a time and zone were given.</summary>
internal readonly record struct HeaderDate(PartialDate Date, DateTimeOffset? Instant);

/// <summary>
/// Reads the publication and update times that scraped headers print: "Created at 2023-05-02
/// 08:10:00 | Updated at 2023-05-02 11:45:30", "Published: 17 November 2024, 10:32 GMT",
/// "Updated 10:32 AM EST, Sun November 17, 2024", "Nov. 17, 2024". Relative phrases ("3 hours
/// ago") are ignored: they depend on when the page was scraped.
/// </summary>
internal static partial class HeaderDates
{
    /// <summary>The published and updated dates a header line states. A line with one
    /// unlabelled date gives it as published.</summary>
    public static (HeaderDate? Published, HeaderDate? Updated) Read(string line)
    {
        HeaderDate? published = null, updated = null;
        var segments = Labels().Split(line);
        var labels = Labels().Matches(line);

        // segments[0] precedes any label; segments[i + 1] follows labels[i].
        if (labels.Count == 0)
        {
            published = First(line);
            return (published, null);
        }

        var lead = First(segments[0]);
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i].Value.ToLowerInvariant();
            var date = First(segments[Math.Min(i + 1, segments.Length - 1)]);
            if (date is null)
            {
                continue;
            }

            if (label.Contains("updat", StringComparison.Ordinal) || label.Contains("modif", StringComparison.Ordinal))
            {
                updated ??= date;
            }
            else
            {
                published ??= date;
            }
        }

        published ??= lead;
        return (published, updated);
    }

    /// <summary>The first date in <paramref name="text"/>, with the time and zone near it.</summary>
    public static HeaderDate? First(string text)
    {
        var iso = Iso().Match(text);
        var named = Named().Match(text);
        Match? pick = iso.Success && (!named.Success || iso.Index <= named.Index) ? iso : named.Success ? named : null;
        if (pick is null)
        {
            return null;
        }

        int year, month, day;
        if (pick == iso)
        {
            year = Int(iso.Groups["y"].Value);
            month = Int(iso.Groups["m"].Value);
            day = Int(iso.Groups["d"].Value);
        }
        else
        {
            var monthWord = named.Groups["mon1"].Success ? named.Groups["mon1"].Value : named.Groups["mon2"].Value;
            var m = MonthNames.Parse(monthWord);
            if (m is null)
            {
                return null;
            }

            month = m.Value;
            year = Int(named.Groups["y"].Value);
            day = Int(named.Groups["d1"].Success ? named.Groups["d1"].Value : named.Groups["d2"].Value);
        }

        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new PartialDate(year, month, day);

        // A time counts when it sits right after the date or just before it ("10:32 AM GMT, Sun Nov 17").
        var after = text[(pick.Index + pick.Length)..];
        var before = text[..pick.Index];
        var time = TimeOfDay().Match(after);
        if (!time.Success || time.Index > 8)
        {
            var candidates = TimeOfDay().Matches(before);
            time = candidates.Count > 0 && before.Length - (candidates[^1].Index + candidates[^1].Length) <= 12 ? candidates[^1] : Match.Empty;
        }

        if (!time.Success || !time.Groups["z"].Success || ContainerDate.ZoneOffset(time.Groups["z"].Value) is not { } offset)
        {
            return new HeaderDate(date, null);
        }

        var hour = Int(time.Groups["h"].Value);
        var minute = Int(time.Groups["mi"].Value);
        var second = time.Groups["s"].Success ? Int(time.Groups["s"].Value) : 0;
        if (time.Groups["ap"].Success)
        {
            var pm = time.Groups["ap"].Value.StartsWith('p') || time.Groups["ap"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return new HeaderDate(date, null);
        }

        return new HeaderDate(date, new DateTimeOffset(year, month, day, hour, minute, second, offset));
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?:first published|last updated|published|created|posted|updated|modified)\b(?:\s+(?:at|on))?\s*:?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Labels();

    [GeneratedRegex(@"\b(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon1>[A-Z][a-z]{2,8})\.?,?\s+(?<y>\d{4})|(?<mon2>[A-Z][a-z]{2,8})\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4}))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?<h>\d{1,2})[:.](?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<ap>[AaPp]\.?[Mm]\.?)?(?:\s*(?<z>UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z|[+-]\d{2}:?\d{2}))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex TimeOfDay();
}
