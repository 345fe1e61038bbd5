using Docket.Core.Analysis.Time;
using Docket.Domain.Analysis;
using Docket.Domain.Time;

namespace Docket.Tests.Analysis.Time;

public sealed class TimeExpressionRecognizerTests
{
    private static readonly TimeExpressionRecognizer Recognizer = new();

    /// <summary>Text, anchor (publication day), the expression expected, its type, value and mod.</summary>
    public static TheoryData<string, string, string, TimexType, string, string?> Cases { get; } = new()
    {
        // Absolute dates in many formats.
        { "The talks ended on 17 November 2024 in Kyiv.", "2024-11-20", "17 November 2024", TimexType.Date, "2024-11-17", null },
        { "The talks ended on November 17, 2024, in Kyiv.", "2024-11-20", "November 17, 2024", TimexType.Date, "2024-11-17", null },
        { "The talks ended on Sunday, Nov. 17, 2024, in Kyiv.", "2024-11-20", "Sunday, Nov. 17, 2024", TimexType.Date, "2024-11-17", null },
        { "The order is dated 2024-11-17.", "2024-11-20", "2024-11-17", TimexType.Date, "2024-11-17", null },
        { "The order is dated 11/17/2024.", "2024-11-20", "11/17/2024", TimexType.Date, "2024-11-17", null },
        { "The order is dated 17.11.2024.", "2024-11-20", "17.11.2024", TimexType.Date, "2024-11-17", null },
        { "The shipment left on the 17th of November.", "2024-11-20", "the 17th of November", TimexType.Date, "2024-11-17", null },
        { "The package was announced in March 2023.", "2024-11-20", "March 2023", TimexType.Date, "2023-03", null },
        { "The first deliveries came in 2022.", "2024-11-20", "2022", TimexType.Date, "2022", null },
        { "It was the swine flu pandemic of 2009-2010.", "2013-03-22", "2010", TimexType.Date, "2010", null },

        // Weekdays: the latest one in a past-tense clause, the next one in a future-tense clause.
        { "Officials said Sunday that the decision was final.", "2024-11-20", "Sunday", TimexType.Date, "2024-11-17", null },
        { "The ministers will meet Sunday in Brussels.", "2024-11-20", "Sunday", TimexType.Date, "2024-11-24", null },
        { "The ministers met last Wednesday.", "2024-11-20", "last Wednesday", TimexType.Date, "2024-11-13", null },
        { "A spokesman said Friday that the convoy had arrived.", "2013-03-22", "Friday", TimexType.Date, "2013-03-22", null },

        // Month and day without a year: the year from the anchor, by tense.
        { "On September 11 the drones struck the refinery.", "2024-11-20", "September 11", TimexType.Date, "2024-09-11", null },
        { "The summit will open on September 11.", "2024-11-20", "September 11", TimexType.Date, "2025-09-11", null },
        { "The closures will begin on April 7, the agency said.", "2013-03-22", "April 7", TimexType.Date, "2013-04-07", null },
        { "He was fired from his job in July.", "2013-03-22", "July", TimexType.Date, "2012-07", null },
        { "The book is due to be published in May.", "2013-03-22", "May", TimexType.Date, "2013-05", null },

        // Modifiers of a point in time.
        { "State police arrested both men in early August.", "2024-11-20", "early August", TimexType.Date, "2024-08", "START" },
        { "He went missing late last July.", "2013-03-22", "late last July", TimexType.Date, "2012-07", "END" },
        { "Ukraine asked for the missiles earlier this month.", "2024-11-20", "earlier this month", TimexType.Date, "2024-11", "START" },
        { "The coalition started to split in mid-1996.", "1998-02-19", "mid-1996", TimexType.Date, "1996", "MID" },
        { "It hopes to finish by the end of the year.", "2024-11-20", "the end of the year", TimexType.Date, "2024", "END" },

        // Seasons, quarters, decades, centuries.
        { "The counteroffensive stalled in the autumn of 2023.", "2024-11-20", "the autumn of 2023", TimexType.Date, "2023-FA", null },
        { "He faked his death last summer.", "2013-03-22", "last summer", TimexType.Date, "2012-SU", null },
        { "Earnings rose in the third quarter.", "2024-11-20", "the third quarter", TimexType.Date, "2024-Q3", null },
        { "The plants were built in the 1990s.", "2024-11-20", "the 1990s", TimexType.Date, "199", null },
        { "The fortress dates from the 20th Century.", "2013-03-22", "the 20th Century", TimexType.Date, "19", null },

        // Relative to the publication date.
        { "The strikes intensified last week.", "2024-11-20", "last week", TimexType.Date, "2024-W46", null },
        { "Google launched the service this week.", "2013-03-22", "this week", TimexType.Date, "2013-W12", null },
        { "Deliveries will resume next year.", "2024-11-20", "next year", TimexType.Date, "2025", null },
        { "Deliveries stopped last year.", "2024-11-20", "last year", TimexType.Date, "2023", null },
        { "The system arrived two years ago.", "2024-11-20", "two years ago", TimexType.Date, "2022", null },
        { "The rifle was found 11 days ago.", "1999-04-19", "11 days ago", TimexType.Date, "1999-04-08", null },
        { "The aid was approved yesterday.", "2024-11-20", "yesterday", TimexType.Date, "2024-11-19", null },
        { "He has admitted it now.", "2013-03-22", "now", TimexType.Date, "PRESENT_REF", null },
        { "The army recently withdrew.", "2024-11-20", "recently", TimexType.Date, "PAST_REF", null },
        { "In the past, he has set two conditions.", "2013-03-22", "the past", TimexType.Date, "PAST_REF", null },

        // Durations (TimeBank conventions).
        { "The war has lasted three years.", "2024-11-20", "three years", TimexType.Duration, "P3Y", null },
        { "The envoy met both sides repeatedly over the past two years.", "2013-03-22", "the past two years", TimexType.Duration, "P2Y", null },
        { "He was under treatment in recent weeks.", "2013-03-22", "recent weeks", TimexType.Duration, "PXW", null },
        { "The towers had been blocked for months.", "2013-03-22", "months", TimexType.Duration, "PXM", null },
        { "A four-week training course will start soon.", "2013-03-22", "four-week", TimexType.Duration, "P4W", null },
        { "He had held the post for almost seven years.", "2013-03-21", "almost seven years", TimexType.Duration, "P7Y", "LESS_THAN" },
        { "Repairs may need between 12 and 18 months.", "2013-03-22", "12", TimexType.Duration, "P12M", null },
        { "It stayed aloft for a minute and a half.", "1998-01-14", "a minute and a half", TimexType.Duration, "PT90S", null },
        { "It was the coldest winter in a decade.", "2013-03-22", "a decade", TimexType.Duration, "P10Y", null },

        // Recurrences.
        { "The convoys cross every week.", "2024-11-20", "every week", TimexType.Set, "P1W", null },
        { "Drones attack the city daily.", "2024-11-20", "daily", TimexType.Set, "P1D", null },
        { "The crew inspects the launcher every morning.", "2013-03-21", "every morning", TimexType.Set, "XXXX-XX-XXTMO", null },
        { "The council meets twice a month.", "2024-11-20", "twice a month", TimexType.Set, "P1M", null },

        // Times of day.
        { "The strikes began Tuesday night.", "2024-11-20", "Tuesday night", TimexType.Time, "2024-11-19TNI", null },
        { "The briefing starts at 10 a.m.", "2024-11-20", "10 a.m.", TimexType.Time, "2024-11-20T10:00", null },
        { "The vote was postponed until 15:00 GMT Saturday.", "2013-03-22", "15:00 GMT Saturday", TimexType.Time, "2013-03-23T15:00", null },
        { "Obama left for Jordan on Friday afternoon.", "2013-03-22", "Friday afternoon", TimexType.Time, "2013-03-22TAF", null },
        { "A broadcaster said last night that divers had found the wreck.", "1998-01-20", "last night", TimexType.Time, "1998-01-19TNI", null },

        // Offsets from dated public events in the gazetteer.
        { "Biden wants to send the missiles two months before the inauguration.", "2024-11-20", "two months before the inauguration", TimexType.Date, "2024-11", null },
        { "The unit was formed three weeks after the full-scale invasion.", "2024-11-20", "three weeks after the full-scale invasion", TimexType.Date, "2022-03-17", null },
        { "The aid arrived last Christmas.", "2024-11-20", "last Christmas", TimexType.Date, "2023-12-25", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachExpressionIsFoundWithItsTypeValueAndMod(string text, string anchor, string surface, TimexType type, string value, string? mod)
    {
        var found = Recognizer.Recognize(text, TimeAnchor.On(DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture)));
        var t = Assert.Single(found, e => e.Surface == surface);
        Assert.Equal(type, t.Type);
        Assert.Equal(value, t.Value);
        Assert.Equal(mod, t.Mod);
        Assert.False(string.IsNullOrEmpty(t.Rule));
    }

    [Fact]
    public void AnOffsetFromAnEventTheGazetteerDoesNotKnowIsUnresolvedWithAReason()
    {
        var found = Recognizer.Recognize("The deal was signed two months before the coronation.", TimeAnchor.On(new DateOnly(2024, 11, 20)));
        var t = Assert.Single(found, e => e.Surface == "two months before the coronation");
        Assert.Null(t.Value);
        Assert.Contains("gazetteer", t.UnresolvedReason, StringComparison.Ordinal);
        Assert.Equal(TimeAnchoring.RelativeToEvent, t.Anchoring);
    }

    [Fact]
    public void AnEventOffsetNamesTheEventInstanceItWasCountedFrom()
    {
        var found = Recognizer.Recognize("He spoke two months before the inauguration.", TimeAnchor.On(new DateOnly(2017, 3, 1)));
        var t = Assert.Single(found, e => e.Rule.StartsWith("event-offset", StringComparison.Ordinal));
        Assert.Equal("2016-11", t.Value);
        Assert.Equal("us-presidential-inauguration 2017-01-20", t.AnchorValue);
    }

    [Fact]
    public void RelativeExpressionsStayUnresolvedWithoutAPublicationDate()
    {
        var found = Recognizer.Recognize("The strikes intensified last week and Sunday.", TimeAnchor.Unknown);
        Assert.All(found, t => Assert.Null(t.Value));
        Assert.All(found, t => Assert.False(string.IsNullOrEmpty(t.UnresolvedReason)));
        Assert.Equal(["last week", "Sunday"], found.Select(t => t.Surface));
    }

    [Fact]
    public void AWeekdayNeedsAPublicationDayNotJustAMonth()
    {
        var found = Recognizer.Recognize("Officials said Sunday that it was final.", TimeAnchor.On(new PartialDate(2024, 11)));
        var t = Assert.Single(found);
        Assert.Null(t.Value);
        Assert.Contains("day", t.UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void MayTheVerbIsNoMonth()
    {
        var found = Recognizer.Recognize("Ukraine may use the missiles, officials said.", TimeAnchor.On(new DateOnly(2024, 11, 20)));
        Assert.Empty(found);
    }

    [Fact]
    public void AgesAndModelNumbersAreNoTimeExpressions()
    {
        var found = Recognizer.Recognize("His 22-year-old son and children ages 6 months and older were there.", TimeAnchor.On(new DateOnly(2013, 3, 22)));
        Assert.Empty(found);
    }

    [Fact]
    public void ResolvedExpressionsSayWhatTheyWereAnchoredOn()
    {
        var found = Recognizer.Recognize("It was approved last week, on 17 November 2024.", TimeAnchor.On(new DateOnly(2024, 11, 20)));
        Assert.Equal(TimeAnchoring.RelativeToAnchor, found[0].Anchoring);
        Assert.Equal("2024-11-20", found[0].AnchorValue);
        Assert.Equal(TimeGranularity.Week, found[0].Granularity);
        Assert.Equal(TimeAnchoring.Absolute, found[1].Anchoring);
        Assert.Null(found[1].AnchorValue);
        Assert.Equal(TimeGranularity.Day, found[1].Granularity);
    }
}
