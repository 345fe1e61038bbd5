using Docket.Core.Decisions;

namespace Docket.Tests.Decisions;

public sealed class EventDatesTests
{
    [Theory]
    [InlineData("2024-11-17", "2024-11-17")]
    [InlineData("2024-11-17T10:00", "2024-11-17")]
    [InlineData("2024-11", "2024-11")]
    [InlineData("2023", "2023")]
    [InlineData("2023-SU", "2023")]
    [InlineData("2022-Q3", "2022")]
    [InlineData("2022-W37", "2022-09")] // 12-18 September: one month
    [InlineData("2022-W35", "2022")] // 29 August - 4 September: two months, the coarser value
    [InlineData("PRESENT_REF", null)]
    [InlineData("PXM", null)]
    [InlineData(null, null)]
    public void ATimeValueBecomesADateNoMorePreciseThanTheText(string? value, string? expected)
    {
        Assert.Equal(expected, EventDates.FromValue(value)?.ToString());
    }
}
