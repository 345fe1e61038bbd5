using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Docket.Core.Analysis.Time;

/// <summary>How an event's dates are given.</summary>
public enum TimeEventKind
{
    /// <summary>A list of dated instances (inaugurations, elections).</summary>
    Dated,

    /// <summary>The same month and day every year (Christmas).</summary>
    Annual,

    /// <summary>The Nth weekday of a month every year (US Thanksgiving).</summary>
    NthWeekday,
}

/// <summary>A public event with known dates that a time expression can be counted from.</summary>
public sealed record TimeEvent(string Id, TimeEventKind Kind, ImmutableArray<DateOnly> Instances, int Month, int Day, DayOfWeek Weekday)
{
    /// <summary>The date of the event in a given year, for yearly events; null for dated events
    /// or a year where it does not exist.</summary>
    public DateOnly? InYear(int year)
    {
        if (!TimexCalendar.ValidYear(year))
        {
            return null;
        }

        switch (Kind)
        {
            case TimeEventKind.Annual:
                return Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
            case TimeEventKind.NthWeekday:
                var first = new DateOnly(year, Month, 1);
                var offset = ((int)Weekday - (int)first.DayOfWeek + 7) % 7;
                var d = first.AddDays(offset + (7 * (Day - 1)));
                while (d.Month != Month)
                {
                    d = d.AddDays(-7);
                }

                return d;
            default:
                return null;
        }
    }
}

/// <summary>
/// The small gazetteer of dated public events (Resources/time/events.tsv): names as they appear
/// after "before/after/since" and names that are dates on their own, each with its dates. It
/// picks the instance meant by an article from the publication date and the tense around the
/// expression. Immutable and thread-safe once loaded.
/// </summary>
public sealed class TimeEventGazetteer
{
    private static readonly Lazy<TimeEventGazetteer> LazyDefault = new(LoadDefault);

    private readonly ImmutableArray<(string Name, TimeEvent Event)> _relativeNames;
    private readonly ImmutableArray<(string Name, TimeEvent Event)> _standaloneNames;

    private TimeEventGazetteer(ImmutableArray<(string, TimeEvent)> relative, ImmutableArray<(string, TimeEvent)> standalone)
    {
        _relativeNames = relative;
        _standaloneNames = standalone;

        // One pattern finds every standalone name in a single pass; the list is small and fixed at load.
        var names = standalone.Select(n => Regex.Escape(n.Item1)).ToList();
        StandalonePattern = names.Count == 0
            ? new Regex("(?!)", RegexOptions.None, TimeSpan.FromSeconds(1))
            : new Regex(@"\b(?:" + string.Join('|', names) + @")(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>Finds the standalone names of the gazetteer in a text (longest names first).</summary>
    internal Regex StandalonePattern { get; }

    /// <summary>The gazetteer shipped with Docket.</summary>
    public static TimeEventGazetteer Default => LazyDefault.Value;

    /// <summary>Names that are dates on their own, longest first ("Inauguration Day").</summary>
    public IEnumerable<string> StandaloneNames => _standaloneNames.Select(n => n.Name);

    /// <summary>Reads a gazetteer from its TSV text; malformed rows are skipped and listed in <paramref name="problems"/>.</summary>
    public static TimeEventGazetteer Parse(string tsv, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var relative = new List<(string, TimeEvent)>();
        var standalone = new List<(string, TimeEvent)>();
        var bad = new List<string>();
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            var ev = cols.Length == 5 ? ParseEvent(cols[0], cols[1], cols[2]) : null;
            if (ev is null)
            {
                bad.Add($"line {lineNo}: expected 5 tab-separated columns with a known kind and valid dates");
                continue;
            }

            relative.AddRange(Names(cols[3]).Select(n => (n, ev)));
            standalone.AddRange(Names(cols[4]).Select(n => (n, ev)));
        }

        problems = bad;
        return new TimeEventGazetteer(
            [.. relative.OrderByDescending(n => n.Item1.Length)],
            [.. standalone.OrderByDescending(n => n.Item1.Length)]);
    }

    /// <summary>The longest event name that starts at <paramref name="at"/> and ends at a word boundary.</summary>
    public (TimeEvent Event, int Length)? MatchRelativeName(string text, int at) => Match(_relativeNames, text, at);

    /// <summary>The longest standalone event name ("Christmas Day") that starts at <paramref name="at"/>.</summary>
    public (TimeEvent Event, int Length)? MatchStandaloneName(string text, int at) => Match(_standaloneNames, text, at);

    /// <summary>
    /// The instance of <paramref name="ev"/> an article means: for a past-tense clause the latest on or
    /// before the anchor, for a future one the earliest on or after it, else the nearest. Null with a
    /// reason when the anchor is unknown and the event has several instances.
    /// </summary>
    internal (DateOnly? Date, string? Reason) Instance(TimeEvent ev, TimeAnchor anchor, TemporalDirection direction, bool strict = false)
    {
        IEnumerable<DateOnly> candidates = ev.Kind == TimeEventKind.Dated
            ? ev.Instances
            : anchor.Year is { } y ? new[] { y - 1, y, y + 1 }.Select(ev.InYear).OfType<DateOnly>() : [];
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return (null, $"'{ev.Id}' recurs every year and the publication date is unknown");
        }

        if (anchor.Date is not { } a)
        {
            return list.Count == 1 ? (list[0], null) : (null, $"'{ev.Id}' has several instances and the publication date is unknown");
        }

        var lo = a.Earliest;
        var hi = a.Latest;
        DateOnly? pick = direction switch
        {
            // "last Christmas" excludes the anchor day itself; a past-tense clause does not.
            TemporalDirection.Past => list.Where(d => strict ? d < lo : d <= hi).Select(d => (DateOnly?)d).LastOrDefault(),
            TemporalDirection.Future => list.Where(d => strict ? d > hi : d >= lo).Select(d => (DateOnly?)d).FirstOrDefault(),
            _ => null,
        };
        pick ??= list.OrderBy(d => Math.Abs(d.DayNumber - lo.DayNumber)).First();
        return (pick, null);
    }

    private static (TimeEvent, int)? Match(ImmutableArray<(string Name, TimeEvent Event)> names, string text, int at)
    {
        foreach (var (name, ev) in names)
        {
            if (at + name.Length <= text.Length
                && string.Compare(text, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length])))
            {
                return (ev, name.Length);
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(string column) =>
        column.Trim() == "-" ? [] : column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TimeEvent? ParseEvent(string id, string kind, string dates)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (kind.Trim())
        {
            case "dated":
                var list = new List<DateOnly>();
                foreach (var d in dates.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
                    {
                        return null;
                    }

                    list.Add(day);
                }

                list.Sort();
                return list.Count == 0 ? null : new TimeEvent(id.Trim(), TimeEventKind.Dated, [.. list], 0, 0, default);
            case "annual":
                return dates.Length == 7 && dates.StartsWith("--", StringComparison.Ordinal)
                    && int.TryParse(dates.AsSpan(2, 2), NumberStyles.None, inv, out var m) && m is >= 1 and <= 12
                    && int.TryParse(dates.AsSpan(5, 2), NumberStyles.None, inv, out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(2000, m)
                    ? new TimeEvent(id.Trim(), TimeEventKind.Annual, [], m, dd, default)
                    : null;
            case "nth-weekday":
                var parts = dates.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 3
                    && int.TryParse(parts[0], NumberStyles.None, inv, out var month) && month is >= 1 and <= 12
                    && int.TryParse(parts[1], NumberStyles.None, inv, out var n) && n is >= 1 and <= 5
                    && TimeWords.Weekday(parts[2]) is { } wd
                    ? new TimeEvent(id.Trim(), TimeEventKind.NthWeekday, [], month, n, wd)
                    : null;
            default:
                return null;
        }
    }

    private static TimeEventGazetteer LoadDefault()
    {
        var assembly = typeof(TimeEventGazetteer).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("time/events.tsv", StringComparison.Ordinal)
            || n.EndsWith("time.events.tsv", StringComparison.Ordinal) || n.EndsWith("time\\events.tsv", StringComparison.Ordinal));
        if (name is null)
        {
            return Parse(string.Empty, out _);
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), out _);
    }
}
