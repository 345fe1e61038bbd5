using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Tests.Analysis.Attribution;

public sealed class AttributionStageTests
{
    /// <summary>A cleaning stage for the test: drops the first line, so body and text offsets differ.</summary>
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
    public void TheStagesAnchorAttributionsAndCuesInTheOriginalText()
    {
        var text = "MENU | HOME\n\"We will not send jets,\" a senior official told CNN. Kyiv may get tanks, officials said.";
        var pipeline = new DocketPipelineBuilder().Add(new DropFirstLine()).UseSentences().UseModality().UseAttribution().Build();

        var result = pipeline.Process(new RawDocument("test.txt", text, DocumentFormat.PlainText, DocumentHints.None));

        Assert.True(result.IsSuccess, result.Failure?.Reason);
        var analysis = result.Value!.Analysis;
        Assert.Equal(["told", "said"], analysis.Attributions.Select(a => a.Cue.Of(text)).ToArray());
        var first = analysis.Attributions[0];
        Assert.Equal("\"We will not send jets,\"", first.Content.Of(text));
        Assert.Equal(["CNN", "a senior official"], first.Chain.Select(c => c.Span!.Value.Of(text)).ToArray());
        Assert.Equal(["will", "not", "may"], analysis.Modality.Select(m => m.Span.Of(text)).ToArray());
        Assert.Equal("send jets", analysis.Modality[1].Scope.Of(text));
    }

    [Fact]
    public void TheDefaultPipelineRunsModalityAndAttributionAfterSentences()
    {
        var names = new DocketPipelineBuilder().UseDefaults().Build().Stages.Select(s => s.Name).ToList();
        Assert.True(names.IndexOf("sentences") < names.IndexOf("modality"));
        Assert.True(names.IndexOf("modality") < names.IndexOf("attribution"));
        Assert.Equal("anchor-spans", names[^1]);
    }

    [Fact]
    public void AnEmptyBodyGivesNoAttributions()
    {
        var pipeline = new DocketPipelineBuilder().UseSentences().UseAttribution().UseModality().Build();
        var result = pipeline.Process(new RawDocument("empty.txt", "", DocumentFormat.PlainText, DocumentHints.None));
        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value!.Analysis.Attributions);
        Assert.Empty(result.Value.Analysis.Modality);
    }
}
