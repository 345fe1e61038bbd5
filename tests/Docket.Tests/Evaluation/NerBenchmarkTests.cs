using Docket.Core.Evaluation;
using Docket.Domain.Analysis;
using Docket.Domain.Text;
using Docket.Tests.Support;

namespace Docket.Tests.Evaluation;

public sealed class NerBenchmarkTests
{
    [Fact]
    public void ConllIoTagsBecomeSpansAndMiscIsIgnored()
    {
        const string conll = "-DOCSTART- O\n\nJohn I-PER\nSmith I-PER\nvisited O\nNew I-LOC\nYork I-LOC\nwith O\nGerman I-MISC\nfriends O\n. O\n\nIBM I-ORG\nsaid O\n\n-DOCSTART- O\n\nParis I-LOC\n";
        var docs = NerCorpusReader.ParseConll(conll, "t");
        Assert.Equal(2, docs.Count);
        var d = docs[0];
        Assert.Equal("John Smith visited New York with German friends .\nIBM said", d.Text);
        Assert.Equal(["John Smith/Person", "New York/Gpe", "IBM/Org"], d.Gold.Select(g => $"{g.Span.Of(d.Text)}/{g.Type}"));
        Assert.Equal(["German"], d.Ignored.Select(s => s.Of(d.Text)));
        Assert.Equal("Paris", docs[1].Text);
    }

    [Fact]
    public void BioTagsSplitAdjacentEntities()
    {
        var d = Assert.Single(NerCorpusReader.ParseConll("Anna B-PER\nBob B-PER\nCarl I-PER\n", "t"));
        Assert.Equal(["Anna", "Bob Carl"], d.Gold.Select(g => g.Span.Of(d.Text)));
    }

    [Fact]
    public void Re3dKeepsConfidentNamedSpansAndTheLongestOfOverlaps()
    {
        const string docs = """{ "_id" : "d1", "text" : "Syria and the west of Aleppo near Deir ez-Zor; U.S. Central Command fired a Tomahawk." }""";
        var entities = string.Join('\n', new[]
        {
            """{ "_id":"1","documentId":"d1","begin":0,"end":5,"type":"Organisation","value":"Syria","confidence":1 }""",
            """{ "_id":"2","documentId":"d1","begin":0,"end":5,"type":"Location","value":"Syria","confidence":0 }""",
            """{ "_id":"3","documentId":"d1","begin":14,"end":28,"type":"Location","value":"west of Aleppo","confidence":1 }""",
            """{ "_id":"4","documentId":"d1","begin":34,"end":45,"type":"Location","value":"Deir ez-Zor","confidence":0.9 }""",
            """{ "_id":"5","documentId":"d1","begin":47,"end":67,"type":"Organisation","value":"U.S. Central Command","confidence":1 }""",
            """{ "_id":"6","documentId":"d1","begin":47,"end":51,"type":"Location","value":"U.S.","confidence":0.8 }""",
            """{ "_id":"7","documentId":"d1","begin":76,"end":84,"type":"Weapon","value":"Tomahawk","confidence":0.6 }""",
            """{ "_id":"8","documentId":"d1","begin":10,"end":13,"type":"Nationality","value":"the","confidence":1 }""",
        });
        var d = Assert.Single(NerCorpusReader.ParseRe3d(docs, entities));
        Assert.Equal(["Syria/Org", "Deir ez-Zor/Gpe", "U.S. Central Command/Org", "Tomahawk/System"], d.Gold.Select(g => $"{g.Span.Of(d.Text)}/{g.Type}"));
        Assert.Contains(new TextSpan(14, 28), d.Ignored);
        Assert.Contains(new TextSpan(47, 51), d.Ignored);
    }

    [Fact]
    public void ExactAndOverlapScoresDifferAndIgnoredSpansAreNeutral()
    {
        var doc = new NerDocument("d", "President Joe Biden met IBM in Paris", [new NerSpan(new(0, 19), EntityType.Person), new NerSpan(new(31, 36), EntityType.Gpe)], [new TextSpan(24, 27)]);
        IReadOnlyList<NerSpan> predicted = [new NerSpan(new(10, 19), EntityType.Person), new NerSpan(new(24, 27), EntityType.Org), new NerSpan(new(31, 36), EntityType.Org)];
        var score = SpanScoring.Score([(predicted, doc)], [EntityType.Person, EntityType.Org, EntityType.Gpe]);
        Assert.Equal(new PrecisionRecall(0, 2, 2), score.Exact);
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.Overlap);
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.UntypedExact);
        Assert.Equal(new PrecisionRecall(2, 0, 0), score.UntypedOverlap);
    }

    [Fact]
    public void DocketFindsNamesInWikigold()
    {
        var path = SharedData.RequireDirectory("benchmarks/ner-news-small/wikigold");
        var docs = NerCorpusReader.ReadConll(path).Value!;
        Assert.Equal(145, docs.Count);
        var result = EntityBenchmark.Run(docs, NerFormat.Conll, TimeProvider.System);
        Assert.True(result.Score.Overlap.Precision >= 0.8, result.Score.Overlap.ToString());
        Assert.True(result.Score.Overlap.F1 >= 0.5, result.Score.Overlap.ToString());
    }

    [Fact]
    public void DocketFindsNamesInRe3d()
    {
        var path = SharedData.RequireDirectory("benchmarks/re3d");
        var docs = NerCorpusReader.ReadRe3d(path).Value!;
        Assert.Equal(98, docs.Count);
        var result = EntityBenchmark.Run(docs, NerFormat.Re3d, TimeProvider.System);
        Assert.True(result.Score.UntypedOverlap.Precision >= 0.8, result.Score.UntypedOverlap.ToString());
    }
}
