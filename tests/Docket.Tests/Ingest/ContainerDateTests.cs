using Docket.Core.Ingest;

namespace Docket.Tests.Ingest;

public sealed class ContainerDateTests
{
    [Theory]
    [InlineData("2024-11-17", "2024-11-17", null)]
    [InlineData("2024-11-17T19:00:30Z", "2024-11-17", "2024-11-17T19:00:30+00:00")]
    [InlineData("2024-11-17T19:00:30+03:00", "2024-11-17", "2024-11-17T19:00:30+03:00")]
    [InlineData("2024-11-17T19:00:30.123-0500", "2024-11-17", "2024-11-17T19:00:30-05:00")]
    [InlineData("2024-11-17 19:00:30", "2024-11-17", null)]
    [InlineData("Sun, 17 Nov 2024 19:00:30 GMT", "2024-11-17", "2024-11-17T19:00:30+00:00")]
    [InlineData("Sun, 17 Nov 2024 19:00:30 +0300", "2024-11-17", "2024-11-17T19:00:30+03:00")]
    [InlineData("17 Nov 2024 19:00 EST", "2024-11-17", "2024-11-17T19:00:00-05:00")]
    [InlineData("Tue, 4 Jul 23 09:30:00 PDT", "2023-07-04", "2023-07-04T09:30:00-07:00")]
    [InlineData("Sun, 17 November 2024", "2024-11-17", null)]
    [InlineData("2024-11", "2024-11", null)]
    [InlineData("2024", "2024", null)]
    public void ContainerDatesInIsoAndRfc822AreRead(string text, string date, string? instant)
    {
        Assert.True(ContainerDate.TryParse(text, out var value));
        Assert.Equal(date, value.Date.ToString());
        Assert.Equal(instant, value.Instant?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("31 Foo 2024 10:00 GMT")]
    [InlineData("Sun, 17 Nov 2024 25:00:00 GMT")]
    public void TextThatIsNotADateIsRefusedWithoutThrowing(string? text)
    {
        Assert.False(ContainerDate.TryParse(text, out _));
    }
}
