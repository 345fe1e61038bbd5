using System.Globalization;
using Docket.Core.Analysis.Time;
using Docket.Domain.Time;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Time;

public sealed class TimeExpressionPropertyTests
{
    private static readonly TimeExpressionRecognizer Recognizer = new();

    private static readonly string[] Fragments =
    [
        "last week", "Sunday", "September 11", "the autumn of 2023", "two years ago", "three years", " ", ", ", ".",
        "early August", "every week", "daily", "10 a.m.", "Tuesday night", "now", "recently", "the past two months",
        "two months before the inauguration", "May", "may", "2024-11-17", "11/17/2024", "mid-", "the end of the",
        "year", "-", "'s", "\n", "Q3", "the 1990s", "for months", "a", "of", "\u00a0", "\u2019", "ago", "45", "1,000",
    ];

    // Text made of time words, digits and punctuation in random order: the places where spans go wrong.
    private static Arbitrary<string> TimeishText() =>
        Gen.OneOf(Gen.Elements(Fragments), Gen.Elements('a', 'Z', '0', '9', ' ', '.', '-', '\'', '\u00e9', '\ud83d').Select(c => c.ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static Arbitrary<TimeAnchor> Anchors() =>
        Gen.OneOf(
            Gen.Constant(TimeAnchor.Unknown),
            Gen.Choose(1, 9999).Select(y => TimeAnchor.On(new PartialDate(y))),
            Gen.Choose(1, 9999).Zip(Gen.Choose(1, 12)).Select(t => TimeAnchor.On(new PartialDate(t.Item1, t.Item2))),
            Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(n => TimeAnchor.On(DateOnly.FromDayNumber(n))))
        .ToArbitrary();

    [Fact]
    public void EverySpanLiesInsideTheTextAndCoversItsSurface()
    {
        Prop.ForAll(TimeishText(), Anchors(), (text, anchor) =>
        {
            var found = Recognizer.Recognize(text, anchor);
            var previousEnd = 0;
            foreach (var t in found)
            {
                if (t.Span.Start < previousEnd || t.Span.End > text.Length || t.Span.Of(text) != t.Surface || t.Surface.Length == 0)
                {
                    return false;
                }

                previousEnd = t.Span.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheRecognizerNeverThrowsOnArbitraryStringsAndAnchors()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Anchors(), (text, anchor) =>
        {
            var found = Recognizer.Recognize(text ?? string.Empty, anchor);
            return found.All(t => t.Value is not null || t.UnresolvedReason is not null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AFormattedDateRoundTripsToItsValue()
    {
        string[] formats = ["MMMM d, yyyy", "d MMMM yyyy", "yyyy-MM-dd", "MMM. d, yyyy", "dddd, MMMM d, yyyy", "MM/dd/yyyy"];
        var days = Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2099, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);
        Prop.ForAll(days.ToArbitrary(), Gen.Elements(formats).ToArbitrary(), (day, format) =>
        {
            // "May." is no abbreviation: the month is written in full.
            var written = day.ToString(format, CultureInfo.InvariantCulture).Replace("May.", "May", StringComparison.Ordinal).Replace("Sep.", "Sept.", StringComparison.Ordinal);
            var text = $"The agreement was signed on {written} in Geneva.";
            var found = Recognizer.Recognize(text, TimeAnchor.On(new DateOnly(2024, 6, 1)));
            return found.Count == 1 && found[0].Value == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) && found[0].Surface == written;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AMonthAndDayWithoutAYearResolvesToThatMonthAndDay()
    {
        var days = Gen.Choose(new DateOnly(2001, 1, 1).DayNumber, new DateOnly(2029, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);
        Prop.ForAll(days.ToArbitrary(), days.ToArbitrary(), (day, anchor) =>
        {
            if (day.Month == 2 && day.Day == 29)
            {
                return true;
            }

            var written = day.ToString("MMMM d", CultureInfo.InvariantCulture);
            var found = Recognizer.Recognize($"It happened on {written}.", TimeAnchor.On(anchor));
            return found.Count == 1 && found[0].Value is { } v && v.EndsWith(day.ToString("-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && Math.Abs(int.Parse(v[..4], CultureInfo.InvariantCulture) - anchor.Year) <= 1;
        }).QuickCheckThrowOnFailure();
    }
}
