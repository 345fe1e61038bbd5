using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile;

/// <summary>
/// Finds contradictions while the timeline is walked in time order (DOMAIN.md, "Contradiction").
/// <list type="bullet">
/// <item><b>Independent</b>: the two sides come from different story groups. A group's own claims
/// at one time yield one verdict, so a same-group disagreement is never a contradiction.</item>
/// <item><b>Overlapping times</b>: the two verdicts' valid times share a day. Partial dates are
/// nested or disjoint, so "2022-11" overlaps "2022-11-05" and "2022" overlaps both; two days
/// overlap only when equal. Undated background placed before a change, and claims with no date
/// at all, have no known time and are never compared.</item>
/// <item><b>Incompatible</b> (see <see cref="Incompatible"/>): states that cannot both describe the
/// question at one time. REQUESTED is compatible with every state (a request can be pending on
/// any); UNDER_REVIEW is compatible with RESTRICTED (a restriction stands while loosening it is
/// weighed) and incompatible with AUTHORIZED, DENIED, PLEDGED and DELIVERED (decided or not);
/// AUTHORIZED, RESTRICTED and DENIED exclude one another; DENIED excludes PLEDGED and DELIVERED;
/// PLEDGED and DELIVERED are compatible (a delivery follows its pledge).</item>
/// </list>
/// Detections of the same pair of statuses over nested periods are merged into one
/// contradiction, so two outlets that keep disagreeing through a month give one entry with
/// every claim of both sides. Cost: O(instants x 7 x 7), no loop over pairs of claims.
/// </summary>
internal sealed class ContradictionTracker
{
    private const int StatusCount = 7;
    private readonly List<Side>[] recent = Enumerable.Range(0, StatusCount).Select(_ => new List<Side>(3)).ToArray();
    private readonly List<Draft> drafts = [];
    private readonly Dictionary<(DecisionStatus, DecisionStatus), Draft> lastByPair = [];
    private readonly TimelineBuilder.Entry[] entries;

    public ContradictionTracker(TimelineBuilder.Entry[] entries) => this.entries = entries;

    /// <summary>True when the two states cannot both hold for one question at one time.</summary>
    public static bool Incompatible(DecisionStatus a, DecisionStatus b)
    {
        if (a == b || a == DecisionStatus.Requested || b == DecisionStatus.Requested)
        {
            return false;
        }

        return (Min(a, b), Max(a, b)) switch
        {
            (DecisionStatus.UnderReview, DecisionStatus.Restricted) => false,
            (DecisionStatus.UnderReview, _) => true,
            (DecisionStatus.Authorized, DecisionStatus.Restricted or DecisionStatus.Denied) => true,
            (DecisionStatus.Restricted, DecisionStatus.Denied) => true,
            (DecisionStatus.Denied, DecisionStatus.Pledged or DecisionStatus.Delivered) => true,
            _ => false,
        };
    }

    public void Observe(PartialDate at, TimelineBuilder.Candidate[] candidates, DecisionStatus followed, Func<TimelineBuilder.Candidate, string> reason)
    {
        foreach (var c in candidates)
        {
            if (c.Groups == 0)
            {
                continue;
            }

            Side? side = null;
            for (var t = 0; t < StatusCount; t++)
            {
                var other = (DecisionStatus)t;
                if (!Incompatible(c.Status, other))
                {
                    continue;
                }

                foreach (var prior in recent[t])
                {
                    if (prior.At.Latest >= at.Earliest && Independent(prior, c))
                    {
                        side ??= SideOf(c, at);

                        // At one instant the choice has a reason; across instants the later
                        // (or, in a nested period, the more precise) date decides.
                        var why = prior.At != at
                            ? "the later or more precise date"
                            : reason(c.Status == followed ? candidates[t] : c);
                        Record(prior, side, followed, why);
                    }
                }
            }

            if (c.Status != DecisionStatus.Requested)
            {
                Remember(side ?? SideOf(c, at));
            }
        }
    }

    public IReadOnlyList<Contradiction> Build() => drafts.Select(d => d.ToContradiction()).ToList();

    private Side SideOf(TimelineBuilder.Candidate c, PartialDate at) =>
        new(c.Status, at, c.FirstGroup, c.Groups > 1, [.. c.Members], entries);

    // True when some story group on one side differs from some group on the other: a side with
    // two groups always has one that differs, and two single-group sides must differ.
    private static bool Independent(Side prior, TimelineBuilder.Candidate c) =>
        prior.SeveralGroups || c.Groups > 1 || prior.FirstGroup != c.FirstGroup;

    // Keep the two sides of each status that reach latest: a side overlaps a later instant only
    // if it reaches it, and instants arrive in order of their first day.
    private void Remember(Side side)
    {
        var list = recent[(int)side.Status];
        var i = list.Count;
        while (i > 0 && list[i - 1].At.Latest <= side.At.Latest)
        {
            i--;
        }

        if (i < 2)
        {
            list.Insert(i, side);
            if (list.Count > 2)
            {
                list.RemoveAt(2);
            }
        }
    }

    private void Record(Side prior, Side side, DecisionStatus followed, string reason)
    {
        var pair = (Min(prior.Status, side.Status), Max(prior.Status, side.Status));
        var period = prior.At.Precision >= side.At.Precision ? prior.At : side.At;
        if (lastByPair.TryGetValue(pair, out var draft) && Overlap(draft.Period, period))
        {
            draft.Merge(prior, side, period, followed, reason);
            return;
        }

        draft = new Draft(prior, side, period, followed, reason);
        drafts.Add(draft);
        lastByPair[pair] = draft;
    }

    private static bool Overlap(PartialDate a, PartialDate b) => a.Earliest <= b.Latest && b.Earliest <= a.Latest;

    private static DecisionStatus Min(DecisionStatus a, DecisionStatus b) => a <= b ? a : b;

    private static DecisionStatus Max(DecisionStatus a, DecisionStatus b) => a <= b ? b : a;

    // A verdict remembered for later comparison. Its claims are looked up from the entries only
    // when it takes part in a contradiction, once, and then shared by every contradiction it is in.
    private sealed class Side(DecisionStatus status, PartialDate at, int firstGroup, bool severalGroups, int[] members, TimelineBuilder.Entry[] entries)
    {
        private IReadOnlyList<Claim>? claims;

        public DecisionStatus Status { get; } = status;

        public PartialDate At { get; } = at;

        public int FirstGroup { get; } = firstGroup;

        public bool SeveralGroups { get; } = severalGroups;

        public IReadOnlyList<Claim> Claims => claims ??= members.Select(i => entries[i].Claim).ToArray();
    }

    private sealed class Draft
    {
        private IReadOnlyList<Claim> claimsA;
        private IReadOnlyList<Claim> claimsB;
        private HashSet<Claim>? seen;
        private PartialDate periodA;
        private PartialDate periodB;
        private DecisionStatus followed;
        private string reason;

        public Draft(Side a, Side b, PartialDate period, DecisionStatus followed, string reason)
        {
            StatusA = a.Status;
            StatusB = b.Status;
            periodA = a.At;
            periodB = b.At;
            Period = period;
            this.followed = followed;
            this.reason = reason;

            // Shared with the sides until a merge adds to them.
            claimsA = a.Claims;
            claimsB = b.Claims;
        }

        public DecisionStatus StatusA { get; }

        public DecisionStatus StatusB { get; }

        public PartialDate Period { get; private set; }

        public void Merge(Side prior, Side side, PartialDate period, DecisionStatus followed, string reason)
        {
            // Keep the coarser period so that the merged entry covers both detections.
            if (period.Precision < Period.Precision)
            {
                Period = period;
            }

            if (seen is null)
            {
                seen = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
                seen.UnionWith(claimsA);
                seen.UnionWith(claimsB);
                claimsA = new List<Claim>(claimsA);
                claimsB = new List<Claim>(claimsB);
            }

            AddSide(prior);
            AddSide(side);
            this.followed = followed;
            this.reason = reason;
        }

        public Contradiction ToContradiction()
        {
            var follows = followed == StatusA || followed == StatusB ? followed : (DecisionStatus?)null;

            // Side A is the side the timeline follows, when it follows one.
            var swap = follows == StatusB;
            var (statusA, a, atA) = swap ? (StatusB, claimsB, periodB) : (StatusA, claimsA, periodA);
            var (statusB, b, atB) = swap ? (StatusA, claimsA, periodA) : (StatusB, claimsB, periodB);
            var tail = follows is null
                ? $" The timeline follows neither at that time ({GoldNames.Of(followed)})."
                : $" The timeline follows {GoldNames.Of(follows.Value)} ({reason}); both sides are kept.";
            return new Contradiction
            {
                StatusA = statusA,
                ClaimsA = a,
                StatusB = statusB,
                ClaimsB = b,
                Period = Period,
                Followed = follows,
                Explanation =
                    $"{Describe(a)} give {GoldNames.Of(statusA)} for {atA}; "
                    + $"{Describe(b)} give {GoldNames.Of(statusB)} for {atB}: "
                    + "independent sources, incompatible states, overlapping times." + tail,
            };
        }

        private void AddSide(Side side)
        {
            var target = (List<Claim>)(side.Status == StatusA ? claimsA : claimsB);
            if (side.Status == StatusA)
            {
                periodA = Coarser(periodA, side.At);
            }
            else
            {
                periodB = Coarser(periodB, side.At);
            }

            foreach (var c in side.Claims)
            {
                if (seen!.Add(c))
                {
                    target.Add(c);
                }
            }
        }

        private static PartialDate Coarser(PartialDate a, PartialDate b) => b.Precision < a.Precision ? b : a;

        // "Paper A, Paper B (2 story groups)": up to three outlets named, then "and others";
        // the story groups counted exactly.
        private static string Describe(IReadOnlyList<Claim> claims)
        {
            var named = new List<string>(3);
            var more = false;
            foreach (var c in claims)
            {
                var outlet = c.Outlet ?? c.ArticleId;
                if (!named.Contains(outlet))
                {
                    if (named.Count == 3)
                    {
                        more = true;
                        break;
                    }

                    named.Add(outlet);
                }
            }

            var groups = 0;
            var first = claims.Count > 0 ? claims[0].StoryGroup : null;
            HashSet<string>? distinct = null;
            foreach (var c in claims)
            {
                if (distinct is null && !string.Equals(c.StoryGroup, first, StringComparison.Ordinal))
                {
                    distinct = new HashSet<string>(StringComparer.Ordinal) { first! };
                }

                distinct?.Add(c.StoryGroup);
            }

            groups = distinct?.Count ?? (claims.Count > 0 ? 1 : 0);
            var list = string.Join(", ", named) + (more ? " and others" : string.Empty);
            return $"{list} ({Plural(groups, "story group")})";
        }

        private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
    }
}
