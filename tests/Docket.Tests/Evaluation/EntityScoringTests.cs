using Docket.Core.Evaluation;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Tests.Evaluation;

public sealed class EntityScoringTests
{
    private static IReadOnlyList<ScoredEntity> E(params (string Name, EntityType Type)[] items) => [.. items.Select(i => new ScoredEntity(i.Name, i.Type))];

    [Fact]
    public void SpellingsOfOneGazetteerEntryCountOnce()
    {
        var predicted = E(("Volodymyr Zelensky", EntityType.Person), ("Kyiv", EntityType.Gpe), ("The New York Times", EntityType.Org), ("Department of Defense", EntityType.Org));
        var gold = E(("Volodymyr Zelenskyy", EntityType.Person), ("Kiev", EntityType.Gpe), ("New York Times", EntityType.Org), ("Defense Department", EntityType.Org));
        var score = EntityScoring.Score([(predicted, gold)]);
        Assert.Equal(new PrecisionRecall(4, 0, 0), score.Overall);
    }

    [Fact]
    public void UnknownNamesCompareWithoutCaseTheDiacriticsOrPeriods()
    {
        var predicted = E(("Roger Cabiness", EntityType.Person), ("the Baltic Security Institute", EntityType.Org), ("Düsseldorfer Zeitung", EntityType.Org));
        var gold = E(("ROGER CABINESS", EntityType.Person), ("Baltic Security Institute", EntityType.Org), ("Dusseldorfer Zeitung", EntityType.Org));
        Assert.Equal(1.0, EntityScoring.Score([(predicted, gold)]).Overall.F1);
    }

    [Fact]
    public void TheTypeMustAgreeAndCountsArePerTypeAndPerArticle()
    {
        var doc1 = (E(("Kremlin", EntityType.Org), ("Moscow", EntityType.Gpe), ("Extra Name", EntityType.Person)), E(("Kremlin", EntityType.Org), ("Moscow", EntityType.Org)));
        var doc2 = (E(("ATACMS", EntityType.System)), E(("ATACMS", EntityType.System), ("HIMARS", EntityType.System)));
        var score = EntityScoring.Score([doc1, doc2]);
        Assert.Equal(new PrecisionRecall(2, 2, 2), score.Overall);
        Assert.Equal(new PrecisionRecall(1, 0, 1), score.ByType[EntityType.System]);
        Assert.Contains(score.Missed, m => m.Document == 1 && m.Name == "HIMARS");
        Assert.Contains(score.Spurious, m => m.Document == 0 && m.Name == "Extra Name");
    }

    [Fact]
    public void ReferencesAddNoEntityButDemonymsDo()
    {
        var mentions = new[]
        {
            new EntityMention(new TextSpan(0, 2), "he", EntityType.Person, "John Kirby", "resolve:pronoun") { Kind = MentionKind.Reference },
            new EntityMention(new TextSpan(3, 10), "Russian", EntityType.Gpe, "Russia", "demonym:ru") { Kind = MentionKind.Demonym },
            new EntityMention(new TextSpan(11, 17), "Russia", EntityType.Gpe, "Russia", "gazetteer:ru"),
        };
        Assert.Equal([new ScoredEntity("Russia", EntityType.Gpe)], EntityScoring.Predicted(mentions));
    }

    [Fact]
    public void PrecisionRecallAndF1AreZeroWhenUndefined()
    {
        Assert.Equal(0, PrecisionRecall.Zero.F1);
        Assert.Equal(0.5, new PrecisionRecall(1, 1, 1).F1, 3);
    }
}
