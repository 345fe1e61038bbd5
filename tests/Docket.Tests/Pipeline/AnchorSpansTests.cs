using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Tests.Pipeline;

public sealed class AnchorSpansTests
{
    /// <summary>A cleaning stage for the test: drops everything up to and including the first line.</summary>
    private sealed class DropFirstLine : IPipelineStage
    {
        public string Name => "drop-first-line";

        public void Process(DocumentContext context)
        {
            var cut = context.Body.IndexOf('\n', StringComparison.Ordinal) + 1;
            context.ReplaceBody(context.Body[cut..], new SourceMap.Builder().AppendExact(cut, context.Body.Length - cut).Build());
        }
    }

    [Fact]
    public void SentenceSpansFoundInTheBodyPointIntoTheOriginalText()
    {
        var text = "MENU | HOME | NEWS\nKyiv asked for ATACMS. Washington declined.";
        var pipeline = new DocketPipelineBuilder().Add(new DropFirstLine()).UseSentences().Build();

        var result = pipeline.Process(new RawDocument("test.txt", text, DocumentFormat.PlainText, DocumentHints.None));

        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Equal(["Kyiv asked for ATACMS.", "Washington declined."], result.Value!.Analysis.Sentences.Select(s => s.Span.Of(text)));
        Assert.All(result.Value.Analysis.Tokens, t => Assert.Equal(t.Text, t.Span.Of(text)));
    }

    [Fact]
    public void TheAnchorStageRunsLastEvenWhenStagesAreAddedAfterIt()
    {
        var pipeline = new DocketPipelineBuilder().Add(new AnchorSpansStage()).UseSentences().Build();
        Assert.IsType<AnchorSpansStage>(pipeline.Stages[^1]);
        Assert.Single(pipeline.Stages, s => s is AnchorSpansStage);
    }
}
