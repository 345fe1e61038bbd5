using Docket.Core.Dedup;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Dedup;

public sealed class NearDuplicateDetectorTests
{
    private const string Story =
        "The first launchers arrived in the country on Thursday after weeks of debate. Officials said crews had trained abroad " +
        "for three weeks and that more systems would follow before the winter. The rockets reach about eighty kilometres. " +
        "Commanders said they would use them against depots and command posts well behind the front line.";

    // Signature values of a fixed text, pinned by the stability test below.
    private const ulong PinnedFirstValue = 6216451824107722524;
    private const long PinnedFirstBandKey = -1213851515224446877;

    private static readonly NearDuplicateDetector Detector = new();

    [Fact]
    public void Case_punctuation_and_spacing_do_not_change_the_signature()
    {
        var other = Story.ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal).Replace(".", "!", StringComparison.Ordinal);
        Assert.Equal(Detector.Sign(Story).Values, Detector.Sign(other).Values);
    }

    [Fact]
    public void Signatures_are_stable_across_processes_and_versions_because_they_are_stored()
    {
        // Pinned values: if hashing ever changes, stored signatures stop matching new ones and a
        // migration must recompute them. Update these only together with such a migration.
        var signature = Detector.Sign("the quick brown fox jumps over the lazy dog");
        Assert.Equal(7, signature.ShingleCount);
        Assert.Equal(128, signature.Values.Length);
        Assert.Equal(PinnedFirstValue, signature.Values[0]);
        Assert.Equal(PinnedFirstBandKey, Detector.BandKeys(signature)[0]);
    }

    [Fact]
    public void A_text_without_words_is_nobodys_near_duplicate()
    {
        var empty = Detector.Sign(" -- ... ");
        Assert.True(empty.IsEmpty);
        Assert.Empty(Detector.BandKeys(empty));
        Assert.False(Detector.Compare(empty, Detector.Sign(" -- ... ")).IsNearDuplicate);
    }

    [Fact]
    public void A_text_shorter_than_one_shingle_still_has_one_shingle()
    {
        Assert.Equal(1, Detector.Sign("Ceasefire talks").ShingleCount);
    }

    [Fact]
    public void Signature_bytes_round_trip()
    {
        var s = Detector.Sign(Story);
        var back = MinHashSignature.FromBytes(s.ToBytes());
        Assert.NotNull(back);
        Assert.Equal(s.Values, back.Values);
        Assert.Equal(s.ShingleCount, back.ShingleCount);
        Assert.Null(MinHashSignature.FromBytes([1, 2, 3]));
    }

    [Fact]
    public void A_copy_with_an_added_paragraph_is_found_by_containment()
    {
        var longer = Story + " " + string.Join(' ', Enumerable.Range(0, 80).Select(i => $"additional{i}"));
        var s = Detector.Compare(Detector.Sign(Story), Detector.Sign(longer));
        Assert.True(s.Jaccard < Detector.Policy.JaccardThreshold, $"jaccard {s.Jaccard}");
        Assert.True(s.Containment >= Detector.Policy.ContainmentThreshold, $"containment {s.Containment}");
        Assert.True(s.IsNearDuplicate);
    }

    [Fact]
    public void A_story_embedded_in_a_page_many_times_its_size_is_not_that_pages_near_duplicate()
    {
        var page = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"other{i}")) + " " + Story;
        Assert.False(Detector.Compare(Detector.Sign(Story), Detector.Sign(page)).IsNearDuplicate);

        // Only the size cap keeps them apart: without it the story is "contained" in the page.
        var uncapped = new NearDuplicateDetector(NearDuplicatePolicy.Default with { MaxContainmentSizeRatio = 100 });
        Assert.True(uncapped.Compare(uncapped.Sign(Story), uncapped.Sign(page)).IsNearDuplicate);
    }

    [Fact]
    public void Estimated_jaccard_is_close_to_the_true_jaccard_of_the_shingle_sets()
    {
        // Two texts drawn from a small vocabulary, sharing a random share of their words.
        var words = Gen.Elements("army", "missile", "range", "tank", "pledge", "kyiv", "washington", "review", "launcher", "crew", "winter", "front");
        var texts = Gen.ListOf(words).Where(l => l.Count() >= 30).Select(l => string.Join(' ', l));
        Prop.ForAll(
            Arb.From(texts),
            Arb.From(texts),
            Arb.From(Gen.Choose(0, 100)),
            (a, b, cut) =>
            {
                var shared = a[..(a.Length * cut / 100)];
                var left = shared + " " + a;
                var right = shared + " " + b;
                var exact = ExactJaccard(left, right);
                var estimate = Detector.Sign(left).EstimateJaccard(Detector.Sign(right));

                // 128 functions: standard error <= 0.045; allow four of them.
                return Math.Abs(exact - estimate) <= 0.18;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Texts_that_share_a_band_key_are_at_least_partly_alike_and_identical_texts_share_all()
    {
        var a = Detector.BandKeys(Detector.Sign(Story));
        Assert.Equal(Detector.Policy.Bands, a.Count);
        Assert.Equal(a, Detector.BandKeys(Detector.Sign(Story)));
        var unrelated = Detector.BandKeys(Detector.Sign("Parliament debated a budget for schools, hospitals and roads in the northern provinces this week."));
        Assert.Empty(a.Intersect(unrelated));
    }

    [Fact]
    public void The_index_puts_a_reprint_in_the_group_of_the_first_article_and_a_new_story_in_its_own()
    {
        var index = new StoryGroupIndex();
        Assert.True(index.Add("a", Story).StartsGroup);
        var reprint = index.Add("b", "KYIV (Wire) — " + Story + " Distributed by a wire service.");
        Assert.Equal("a", reprint.StoryGroup);
        Assert.Equal("a", reprint.MatchedArticleId);
        var other = index.Add("c", "Parliament debated a budget for schools, hospitals and roads in the northern provinces this week.");
        Assert.Equal("c", other.StoryGroup);
        Assert.Equal("a", index.GroupOf("b"));
    }

    [Fact]
    public void An_article_that_matches_two_groups_merges_them_whatever_the_arrival_order()
    {
        var paragraphs = Enumerable.Range(0, 5).Select(p => string.Join(' ', Enumerable.Range(0, 30).Select(w => $"w{p}x{w}"))).ToArray();
        var original = string.Join("\n\n", paragraphs);
        var trimmed = string.Join("\n\n", paragraphs.Take(2));
        var newIntro = string.Join("\n\n", ["a different intro line for the wire copy " + string.Join(' ', Enumerable.Range(0, 12).Select(w => $"intro{w}")), .. paragraphs.Skip(1)]);
        var index = new StoryGroupIndex();
        index.Add("trimmed", trimmed);
        Assert.True(index.Add("new-intro", newIntro).StartsGroup);
        var bridge = index.Add("original", original);
        Assert.Single(bridge.MergedGroups);
        Assert.Equal(index.GroupOf("trimmed"), index.GroupOf("new-intro"));
        Assert.Equal(index.GroupOf("original"), index.GroupOf("trimmed"));
    }

    private static double ExactJaccard(string a, string b)
    {
        static HashSet<string> Shingles(string t)
        {
            var w = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return [.. Enumerable.Range(0, Math.Max(1, w.Length - 2)).Select(i => string.Join(' ', w.Skip(i).Take(3)))];
        }

        var x = Shingles(a);
        var y = Shingles(b);
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }
}
