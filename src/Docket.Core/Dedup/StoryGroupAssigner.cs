namespace Docket.Core.Dedup;

/// <summary>A stored text that shares a band key with a new one: a candidate near-duplicate.</summary>
/// <param name="ArticleId">The stored article.</param>
/// <param name="StoryGroup">Its story group.</param>
/// <param name="Signature">Its signature.</param>
public sealed record GroupCandidate(string ArticleId, string StoryGroup, MinHashSignature Signature);

/// <summary>The story group a new article joins and why.</summary>
/// <param name="StoryGroup">The group id: the id of one of its articles (the first one, unless
/// groups were merged).</param>
/// <param name="MatchedArticleId">The most similar near-duplicate; null when the article starts a new group.</param>
/// <param name="Similarity">Its similarity to that article (default when it starts a group).</param>
/// <param name="MergedGroups">Other groups the article also matched: they are the same story
/// and fold into <see cref="StoryGroup"/>.</param>
public sealed record StoryGroupAssignment(string StoryGroup, string? MatchedArticleId, Similarity Similarity, IReadOnlyList<string> MergedGroups)
{
    public bool StartsGroup => MatchedArticleId is null;
}

/// <summary>
/// Decides the story group of a new article from its candidates: the group of the most similar
/// verified near-duplicate, else a new group named after the article. Grouping is single-link:
/// when the article matches members of several groups, those groups are one story seen through
/// different edits (a trimmed reprint and a re-introduced wire copy match the original but not
/// each other) and are merged into the best match's group, so the result does not depend on the
/// order in which copies arrive. Thread-safe.
/// </summary>
public sealed class StoryGroupAssigner
{
    public StoryGroupAssigner(NearDuplicateDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        Detector = detector;
    }

    public NearDuplicateDetector Detector { get; }

    public StoryGroupAssignment Assign(string articleId, MinHashSignature signature, IEnumerable<GroupCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(candidates);
        GroupCandidate? best = null;
        Similarity bestSimilarity = default;
        var matchedGroups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.ArticleId == articleId)
            {
                continue;
            }

            var s = Detector.Compare(signature, candidate.Signature);
            if (!s.IsNearDuplicate)
            {
                continue;
            }

            matchedGroups.Add(candidate.StoryGroup);

            // Highest Jaccard wins; ties go to the smaller id so the choice is deterministic.
            if (best is null || s.Jaccard > bestSimilarity.Jaccard
                || (s.Jaccard == bestSimilarity.Jaccard && string.CompareOrdinal(candidate.ArticleId, best.ArticleId) < 0))
            {
                best = candidate;
                bestSimilarity = s;
            }
        }

        if (best is null)
        {
            return new StoryGroupAssignment(articleId, null, default, []);
        }

        matchedGroups.Remove(best.StoryGroup);
        return new StoryGroupAssignment(best.StoryGroup, best.ArticleId, bestSimilarity, [.. matchedGroups]);
    }
}
