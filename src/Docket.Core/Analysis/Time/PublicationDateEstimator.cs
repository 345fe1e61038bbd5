using Docket.Domain.Analysis;
using Docket.Domain.Time;

namespace Docket.Core.Analysis.Time;

/// <summary>An estimated knowledge time: the date and the expression of the text it was read from.</summary>
public sealed record PublicationDateEstimate(PartialDate Date, TimeExpression Evidence);

/// <summary>
/// Estimates when an article without a publication date was written (DOMAIN.md, "Two times"):
/// the latest date its own text states, not counting dates in future-tense clauses, with the year
/// of year-less dates ("On September 11") inferred from the latest year the text names ("the
/// autumn of 2023" gives 2023-09-11). Relative expressions ("last week") need a publication date
/// and never count. Pure and thread-safe.
/// </summary>
public sealed class PublicationDateEstimator
{
    private readonly TimeExpressionRecognizer _recognizer;

    public PublicationDateEstimator()
        : this(new TimeExpressionRecognizer())
    {
    }

    public PublicationDateEstimator(TimeExpressionRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizer = recognizer;
    }

    /// <summary>The estimate, or null when the text names no year at all.</summary>
    public PublicationDateEstimate? Estimate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // First pass without an anchor: the years the text states outright.
        int? year = null;
        foreach (var t in Stated(text, TimeAnchor.Unknown, TimeAnchoring.Absolute))
        {
            year = Math.Max(year ?? 0, t.Date.Year);
        }

        if (year is not { } y)
        {
            return null;
        }

        // Second pass anchored on that year only: year-less calendar dates take it; weekdays and
        // "last week" stay unresolved because they need the day.
        PublicationDateEstimate? best = null;
        foreach (var t in Stated(text, TimeAnchor.On(new PartialDate(y)), TimeAnchoring.YearFromAnchor))
        {
            if (best is null || t.Date > best.Date)
            {
                best = new PublicationDateEstimate(t.Date, t.Expression);
            }
        }

        return best;
    }

    private IEnumerable<(PartialDate Date, TimeExpression Expression)> Stated(string text, TimeAnchor anchor, TimeAnchoring widest)
    {
        foreach (var t in _recognizer.Recognize(text, anchor))
        {
            if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value is null
                || (t.Anchoring != TimeAnchoring.Absolute && t.Anchoring != widest)
                || !TryDate(t.Value, out var date)
                || TenseCues.Around(text, t.Span.Start, t.Span.End) == TemporalDirection.Future)
            {
                continue;
            }

            yield return (date, t);
        }
    }

    /// <summary>The calendar date a TIMEX3 value names, at the precision it allows ("2023-FA" is the year 2023).</summary>
    private static bool TryDate(string value, out PartialDate date)
    {
        if (PartialDate.TryParse(value, out date))
        {
            return true;
        }

        // Seasons, quarters, halves and weeks name part of a year: count the year.
        if (value.Length >= 7 && value[4] == '-' && value[5] is 'S' or 'F' or 'W' or 'Q' or 'H' && PartialDate.TryParse(value[..4], out date))
        {
            return true;
        }

        return false;
    }
}
