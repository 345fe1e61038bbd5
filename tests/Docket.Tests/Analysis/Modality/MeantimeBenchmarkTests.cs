using Docket.Core.Evaluation.Modality;
using Docket.Tests.Support;

namespace Docket.Tests.Analysis.Modality;

/// <summary>Modality cues against MEANTIME event factuality (../shared at run time); floors a little under the scores measured when written.</summary>
public sealed class MeantimeBenchmarkTests
{
    [Fact]
    public void FactualityAgreementStaysAboveItsFloors()
    {
        var dir = SharedData.RequireDirectory("benchmarks/meantime-english/intra-doc_annotation");
        var corpus = MeantimeCorpus.Read(dir);
        Assert.True(corpus.IsSuccess, corpus.Failure?.ToString());
        var s = ModalityAgreement.Score(corpus.Value!);
        Assert.Equal(120, s.Documents);
        Assert.True(s.Polarity.F1 >= 0.48, $"NEG F1 {s.Polarity.F1:0.000}");
        Assert.True(s.Certainty.F1 >= 0.38, $"non-CERTAIN F1 {s.Certainty.F1:0.000}");
        Assert.True(s.Time.F1 >= 0.48, $"FUTURE F1 {s.Time.F1:0.000}");
        Assert.True(s.Time.Accuracy > s.Time.MajorityBaseline, "time accuracy should beat always NON_FUTURE");
    }
}
