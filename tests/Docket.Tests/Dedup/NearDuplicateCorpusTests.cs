using Docket.Core.Dedup;

namespace Docket.Tests.Dedup;

/// <summary>Scores story grouping on the hand-written near-duplicate corpus (TestData/Dedup).</summary>
public sealed class NearDuplicateCorpusTests
{
    private static readonly IReadOnlyList<DedupDocument> Corpus = DedupCorpus.Load(DedupCorpus.StoriesDirectory(AppContext.BaseDirectory));

    [Fact]
    public void The_corpus_has_originals_variants_and_lookalikes()
    {
        Assert.True(Corpus.Count >= 100, $"only {Corpus.Count} documents");
        Assert.True(Corpus.Select(d => d.StoryGroup).Distinct().Count() >= 18);
        Assert.Contains(Corpus, d => d.StoryGroup.StartsWith("lookalike-", StringComparison.Ordinal));
        Assert.Equal(Corpus.Count, Corpus.Select(d => d.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2024)]
    public void Incremental_grouping_reaches_95_percent_pairwise_precision_and_recall_in_any_arrival_order(int shuffleSeed)
    {
        var order = Corpus.ToArray();
        new Random(shuffleSeed).Shuffle(order);
        var index = new StoryGroupIndex();
        foreach (var d in order)
        {
            index.Add(d.Id, d.Text);
        }

        var predicted = Corpus.ToDictionary(d => d.Id, d => index.GroupOf(d.Id)!);
        var score = PairwiseScore.Of(Corpus, predicted);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{Corpus.Count} documents, {Corpus.Select(d => d.StoryGroup).Distinct().Count()} true groups, {predicted.Values.Distinct().Count()} predicted: {score}");
        foreach (var miss in Corpus.Where(d => predicted[d.Id] != predicted[d.StoryGroup]))
        {
            output?.WriteLine($"  separated from its original: {miss.Id}");
        }

        Assert.True(score.Precision >= 0.95, score.ToString());
        Assert.True(score.Recall >= 0.95, score.ToString());
    }

    [Fact]
    public void Different_stories_stay_well_below_the_thresholds_and_copies_well_above()
    {
        var detector = new NearDuplicateDetector();
        var signed = Corpus.Select(d => (Doc: d, Sig: detector.Sign(d.Text))).ToList();
        double worstDifferent = 0, worstSameJaccard = 1;
        string worstPair = "";
        for (var i = 0; i < signed.Count; i++)
        {
            for (var j = i + 1; j < signed.Count; j++)
            {
                var s = detector.Compare(signed[i].Sig, signed[j].Sig);
                if (signed[i].Doc.StoryGroup != signed[j].Doc.StoryGroup && Math.Max(s.Jaccard, s.Containment) > worstDifferent)
                {
                    worstDifferent = Math.Max(s.Jaccard, s.Containment);
                    worstPair = $"{signed[i].Doc.Id} / {signed[j].Doc.Id}";
                }

                if (signed[i].Doc.StoryGroup == signed[j].Doc.StoryGroup && signed[i].Doc.Variant == "original")
                {
                    worstSameJaccard = Math.Min(worstSameJaccard, Math.Max(s.Jaccard, s.Containment));
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"most similar different stories: {worstDifferent:F2} ({worstPair}); least similar copy of an original: {worstSameJaccard:F2}");
        Assert.True(worstDifferent < 0.4, $"{worstPair}: {worstDifferent:F2}");
    }

    [Fact]
    public void No_lookalike_ever_joins_the_group_of_a_different_story()
    {
        var index = new StoryGroupIndex();
        foreach (var d in Corpus)
        {
            index.Add(d.Id, d.Text);
        }

        var predicted = Corpus.ToDictionary(d => d.Id, d => index.GroupOf(d.Id)!);
        var byPredicted = Corpus.GroupBy(d => predicted[d.Id]);
        foreach (var group in byPredicted)
        {
            var stories = group.Select(d => d.StoryGroup).Distinct().ToList();
            Assert.True(stories.Count == 1, $"one predicted group mixes {string.Join(", ", stories)}");
        }
    }

    [Theory]
    [InlineData("syndicated")]
    [InlineData("trimmed")]
    [InlineData("reordered")]
    [InlineData("headline")]
    [InlineData("typos")]
    [InlineData("new-intro")]
    [InlineData("extended")]
    [InlineData("combo")]
    [InlineData("lead")]
    public void Every_variant_of_a_story_is_a_near_duplicate_of_its_original(string variant)
    {
        var detector = new NearDuplicateDetector();
        var originals = Corpus.Where(d => d.Variant == "original").ToDictionary(d => d.StoryGroup);
        var variants = Corpus.Where(d => d.Variant == variant).ToList();
        Assert.NotEmpty(variants);
        foreach (var v in variants)
        {
            var s = detector.Compare(detector.Sign(originals[v.StoryGroup].Text), detector.Sign(v.Text));
            Assert.True(s.IsNearDuplicate, $"{v.Id}: jaccard {s.Jaccard:F2}, containment {s.Containment:F2}");
        }
    }
}
