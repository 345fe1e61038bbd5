using Docket.Core.Analysis.Time;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Time;

namespace Docket.Tests.Analysis.Time;

public sealed class PublicationDateEstimatorTests
{
    private static readonly PublicationDateEstimator Estimator = new();

    [Fact]
    public void AYearlessDateTakesTheYearOfTheOtherDatesTheTextNames()
    {
        var text = "Ukraine's forces struggled through the autumn of 2023. On September 11, a drone hit the port.";
        var estimate = Estimator.Estimate(text);
        Assert.NotNull(estimate);
        Assert.Equal(new PartialDate(2023, 9, 11), estimate.Date);
        Assert.Equal("September 11", estimate.Evidence.Surface);
    }

    [Fact]
    public void TheLatestStatedDateWins()
    {
        var text = "The package was first discussed in March 2022 and approved on 4 October 2022; deliveries began in May 2022.";
        Assert.Equal(new PartialDate(2022, 10, 4), Estimator.Estimate(text)!.Date);
    }

    [Fact]
    public void DatesInFutureTenseClausesAndRelativeExpressionsDoNotCount()
    {
        var text = "The brigade was formed in June 2023. It will be fully equipped by December 2025. Officials said last week it was ready.";
        Assert.Equal(new PartialDate(2023, 6), Estimator.Estimate(text)!.Date);
    }

    [Fact]
    public void ATextThatNamesNoYearHasNoEstimate()
    {
        Assert.Null(Estimator.Estimate("On Sunday the drones struck again, officials said last week."));
    }

    [Fact]
    public void TheStageEstimatesAMissingPublicationDateAndResolvesAgainstIt()
    {
        var text = "The offensive stalled in the autumn of 2023. On September 11 the drones struck, and two days ago more followed.";
        var context = new DocumentContext(new RawDocument("seed.txt", text, DocumentFormat.PlainText, DocumentHints.None), TimeProvider.System);
        var stage = new TimeExpressionStage();

        stage.Process(context);

        Assert.Equal("time-expressions", stage.Name);
        Assert.True(context.Metadata.PublishedEstimated);
        Assert.Equal(new PartialDate(2023, 9, 11), context.Metadata.PublishedDate);
        var ago = Assert.Single(context.Analysis.Times, t => t.Surface == "two days ago");
        Assert.Equal("2023-09-09", ago.Value);
        Assert.Contains(context.Diagnostics, d => d.Contains("estimated 2023-09-11", StringComparison.Ordinal));
    }

    [Fact]
    public void TheStageUsesAKnownPublicationDateAndKeepsBodyOffsets()
    {
        var text = "Kyiv, Sunday. Biden approved the strikes on Sunday.";
        var context = new DocumentContext(new RawDocument("a.txt", text, DocumentFormat.PlainText, DocumentHints.None), TimeProvider.System)
        {
            Metadata = new ArticleMetadata { PublishedDate = new PartialDate(2024, 11, 18) },
        };

        new TimeExpressionStage().Process(context);

        Assert.False(context.Metadata.PublishedEstimated);
        var last = context.Analysis.Times[^1];
        Assert.Equal("2024-11-17", last.Value);
        Assert.Equal("Sunday", last.Span.Of(context.Body));
    }

    [Fact]
    public void TheDefaultPipelineRunsTheTimeAndQuantityStages()
    {
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        Assert.Contains(pipeline.Stages, s => s.Name == "time-expressions");
        Assert.Contains(pipeline.Stages, s => s.Name == "quantities");
    }
}
