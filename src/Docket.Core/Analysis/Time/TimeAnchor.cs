using Docket.Domain.Articles;
using Docket.Domain.Time;

namespace Docket.Core.Analysis.Time;

/// <summary>
/// What relative time expressions are counted from: the article's publication date, known to a
/// day, a month or only a year, or not at all; with the time of day when the feed gives one.
/// </summary>
public sealed record TimeAnchor
{
    private TimeAnchor(PartialDate? date, TimeOnly? timeOfDay)
    {
        Date = date;
        TimeOfDay = timeOfDay;
    }

    /// <summary>No publication date: relative expressions stay unresolved.</summary>
    public static TimeAnchor Unknown { get; } = new(null, null);

    /// <summary>The publication date as precise as known; null when unknown.</summary>
    public PartialDate? Date { get; }

    /// <summary>Publication time of day, when known (UTC as the feed gave it).</summary>
    public TimeOnly? TimeOfDay { get; }

    /// <summary>The publication day, when the date is known to the day.</summary>
    public DateOnly? Day => Date is { Precision: DatePrecision.Day } d ? d.Earliest : null;

    public int? Year => Date?.Year;

    public int? Month => Date?.Month;

    public static TimeAnchor On(DateOnly day) => new(PartialDate.FromDate(day), null);

    public static TimeAnchor On(PartialDate date) => new(date, null);

    public static TimeAnchor At(DateTimeOffset instant) =>
        new(PartialDate.FromDate(DateOnly.FromDateTime(instant.DateTime)), TimeOnly.FromDateTime(instant.DateTime));

    /// <summary>The anchor an article's metadata gives: its publication time, else its publication date.</summary>
    public static TimeAnchor From(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.Published is { } p && !metadata.PublishedEstimated)
        {
            return At(p);
        }

        return metadata.PublishedDate is { } d ? On(d) : Unknown;
    }

    /// <summary>The anchor as a TIMEX3-style value ("2024-11-17"), or "unknown".</summary>
    public override string ToString() => Date?.ToString() ?? "unknown";
}
