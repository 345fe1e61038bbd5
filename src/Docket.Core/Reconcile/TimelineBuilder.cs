using System.Buffers;
using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile;

/// <summary>
/// Reconciles the claims bearing on one question into its timeline. The rules are documented on
/// <see cref="StatusReconciler"/>; this class is their implementation: place every claim in time,
/// sort once (O(n log n)), then walk the instants in order, choosing one state per instant.
/// <para>Allocation is kept low on purpose (a question can carry a hundred thousand claims):
/// working arrays are rented from <see cref="ArrayPool{T}"/>, per-instant scores and candidates
/// are pooled, and story groups and articles are compared by their id strings, without a global
/// interning table. One builder serves one call; it is not shared between threads.</para>
/// </summary>
internal sealed class TimelineBuilder
{
    private const int IndexBits = 24;
    private const int StatusCount = 7;

    private readonly DecisionQuestion question;
    private readonly int count;
    private readonly List<TransitionDraft> transitions = [];
    private readonly List<TimelineSignal> signals = [];
    private readonly ContradictionTracker contradictions;
    private readonly Dictionary<string, PartialDate> newsOfArticle = new(StringComparer.Ordinal);

    // Per-instant working state, reset at each instant. Articles and story groups are interned
    // to small integers once per build, so the walk hashes integers, not strings.
    private readonly Candidate[] candidates = Enumerable.Range(0, StatusCount).Select(s => new Candidate((DecisionStatus)s)).ToArray();
    private readonly List<(int Index, DecisionStatus Status, string Note)> groupLosers = [];
    private readonly List<Score> scorePool = [];
    private readonly List<Score> groupScores = [];
    private readonly Dictionary<long, Score> byArticle = [];
    private readonly Dictionary<long, Score> byGroup = [];
    private readonly Dictionary<long, int> negations = [];
    private readonly Score?[] verdictOfGroup;
    private readonly int[] groupSeenAt;
    private readonly int[] groupInTransition;
    private int scoresRented;
    private int instantNumber;

    private Entry[] entries;

    private TimelineBuilder(DecisionQuestion question, IReadOnlyList<BearingClaim> claims)
    {
        this.question = question;
        count = claims.Count;
        entries = ArrayPool<Entry>.Shared.Rent(Math.Max(1, count));
        contradictions = new ContradictionTracker(entries);
        var anonymous = new Dictionary<string, bool>(StringComparer.Ordinal);
        var articles = new Dictionary<string, int>(count, StringComparer.Ordinal);
        var groups = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (claim, bearing) = claims[i];
            var effect = bearing == Bearing.Context
                ? (claim.Event.Type == EventType.Use ? TransitionTable.Classify(claim.Event, question.Aspect) : new ClaimEffect(EffectKind.Context, null))
                : TransitionTable.Classify(claim.Event, question.Aspect);
            entries[i] = new Entry
            {
                Claim = claim,
                Effect = effect,
                Specificity = (byte)new BearingClaim(claim, bearing).Specificity,
                Rank = (byte)RankOf(claim.Event.Sources, anonymous),
                Article = Intern(articles, claim.ArticleId),
                Group = Intern(groups, claim.StoryGroup),
                IsNews = claim.Event.IsChange && effect.Kind == EffectKind.Moves,
                Lead = claim.Event.Evidence.Start,
                Known = KnowledgeTime.Of(claim)?.DayNumber ?? -1,
            };
        }

        verdictOfGroup = new Score?[groups.Count];
        groupSeenAt = new int[groups.Count];
        groupInTransition = new int[groups.Count];
        Array.Fill(groupInTransition, -1);
    }

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids[key] = id;
        }

        return id;
    }

    public static StatusTimeline Build(DecisionQuestion question, IReadOnlyList<BearingClaim> claims, DateOnly? asOf)
    {
        var builder = new TimelineBuilder(question, claims);
        try
        {
            return builder.Run(asOf);
        }
        finally
        {
            builder.Release();
        }
    }

    private StatusTimeline Run(DateOnly? asOf)
    {
        Place();
        var order = ArrayPool<int>.Shared.Rent(Math.Max(1, count));
        try
        {
            SortedOrder(order);
            var start = 0;
            while (start < count)
            {
                var end = start + 1;
                var key = entries[order[start]].Key;
                while (end < count && entries[order[end]].Key == key)
                {
                    end++;
                }

                Instant(order.AsSpan(start, end - start));
                start = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(order);
        }

        return new StatusTimeline
        {
            Question = question,
            AsOf = asOf,
            Transitions = transitions.Select(t => t.ToTransition()).ToList(),
            Signals = signals,
            Contradictions = contradictions.Build(),
        };
    }

    private void Release()
    {
        ArrayPool<Entry>.Shared.Return(entries, clearArray: true);
        entries = [];
    }

    /// <summary>
    /// Places each claim at its valid time: the event date; else, for an undated claim in an
    /// article whose news (a change) bears on this question, just before that news; else the
    /// publication date (or its estimate, or the ingest day); else unknown (first of all).
    /// </summary>
    private void Place()
    {
        var newsKey = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            ref var e = ref entries[i];
            (e.At, e.Basis) = OwnTime(e.Claim);
            e.Key = KeyOf(e.At, phase: 1);
            if (e.IsNews && e.At is { } at && (!newsKey.TryGetValue(e.Claim.ArticleId, out var k) || e.Key < k))
            {
                newsKey[e.Claim.ArticleId] = e.Key;
                newsOfArticle[e.Claim.ArticleId] = at;
            }
        }

        if (newsOfArticle.Count == 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            ref var e = ref entries[i];
            if (e.Claim.Event.Date is null && !e.IsNews && newsOfArticle.TryGetValue(e.Claim.ArticleId, out var news))
            {
                e.At = null;
                e.Basis = TimeBasis.BeforeChange;
                e.Key = KeyOf(news, phase: 0);
            }
        }
    }

    private static (PartialDate? At, TimeBasis Basis) OwnTime(Claim c)
    {
        if (c.Event.Date is { } d)
        {
            return (d, TimeBasis.EventDate);
        }

        if (c.Published is { } p)
        {
            return (p, c.PublishedEstimated ? TimeBasis.PublishedEstimated : TimeBasis.Published);
        }

        if (c.Ingested != default)
        {
            return (PartialDate.FromDate(DateOnly.FromDateTime(c.Ingested.UtcDateTime)), TimeBasis.Ingested);
        }

        return (null, TimeBasis.Unknown);
    }

    // Earliest day first; at the same earliest day the coarser date first (a month before the
    // days in it); background (phase 0) before the news it precedes. Unknown times sort first.
    private static long KeyOf(PartialDate? at, int phase) =>
        at is { } d ? ((long)(d.Earliest.DayNumber + 1) << 3) | ((long)d.Precision << 1) | (long)phase : 0;

    private void SortedOrder(int[] order)
    {
        if (count < 1 << IndexBits)
        {
            // Packing the index into the key makes the sort stable and lets it run on longs.
            var keys = ArrayPool<long>.Shared.Rent(Math.Max(1, count));
            try
            {
                for (var i = 0; i < count; i++)
                {
                    keys[i] = (entries[i].Key << IndexBits) | (long)i;
                    order[i] = i;
                }

                Array.Sort(keys, order, 0, count);
            }
            finally
            {
                ArrayPool<long>.Shared.Return(keys);
            }

            return;
        }

        var sorted = Enumerable.Range(0, count).OrderBy(i => entries[i].Key).ToArray();
        sorted.CopyTo(order, 0);
    }

    /// <summary>All claims placed at one instant: choose the state, update the timeline, file the rest as signals.</summary>
    private void Instant(ReadOnlySpan<int> members)
    {
        ResetInstant();
        DecisionStatus? only = null;
        var mixed = false;
        var negated = false;
        foreach (var i in members)
        {
            ref var e = ref entries[i];
            if (e.Effect.Kind == EffectKind.Negation)
            {
                negated = true;
            }
            else if (e.Effect.Competes)
            {
                mixed |= only is { } o && o != e.Effect.Status;
                only ??= e.Effect.Status;
            }
        }

        if (only is { } single && !mixed && !negated)
        {
            // The common case: every competing claim says the same status and nothing negates
            // it, so there is one candidate and nothing to weigh.
            var c = candidates[(int)single];
            foreach (var i in members)
            {
                ref var e = ref entries[i];
                if (e.Effect.Competes)
                {
                    c.Add(i, in e, groupSeenAt[e.Group] != instantNumber);
                    groupSeenAt[e.Group] = instantNumber;
                }
            }

            Decide(members);
        }
        else if (only is not null)
        {
            Weigh(members);
        }

        foreach (var i in members)
        {
            FileNonCompeting(i);
        }
    }

    /// <summary>Several statuses, or negations, at one instant: per article, per story group, then across groups.</summary>
    private void Weigh(ReadOnlySpan<int> members)
    {
        foreach (var i in members)
        {
            ref var e = ref entries[i];
            if (e.Effect.Kind == EffectKind.Negation && e.Effect.Status is { } negated)
            {
                var k = Pack(e.Article, negated);
                negations[k] = negations.GetValueOrDefault(k) + 1;
            }
        }

        // Per article: net support of each status (claims for it, less the article's own
        // negations of it at this time).
        foreach (var i in members)
        {
            ref var e = ref entries[i];
            if (!e.Effect.Competes)
            {
                continue;
            }

            var status = e.Effect.Status!.Value;
            var key = Pack(e.Article, status);
            if (!byArticle.TryGetValue(key, out var s))
            {
                s = Rent(status, e.Group);
                byArticle[key] = s;
            }

            s.Add(i, in e);
        }

        foreach (var (key, s) in byArticle)
        {
            if (negations.Count > 0)
            {
                s.Net -= negations.GetValueOrDefault(key);
            }

            if (s.Net <= 0)
            {
                foreach (var i in s.Members)
                {
                    Signal(i, SignalKind.Outranked, s.Status, "negated by its own article at the same time");
                }

                continue;
            }

            // Copies in one story group count once: the group's support is its best article's.
            var gk = Pack(s.Group, s.Status);
            if (!byGroup.TryGetValue(gk, out var g))
            {
                g = Rent(s.Status, s.Group);
                byGroup[gk] = g;
                groupScores.Add(g);
            }

            g.Merge(s);
        }

        foreach (var g in groupScores)
        {
            var best = groupSeenAt[g.Group] == instantNumber ? verdictOfGroup[g.Group] : null;
            if (best is null || WithinGroup(g, best) > 0)
            {
                verdictOfGroup[g.Group] = g;
                groupSeenAt[g.Group] = instantNumber;
            }
        }

        var any = false;
        foreach (var g in groupScores)
        {
            if (!ReferenceEquals(verdictOfGroup[g.Group], g))
            {
                foreach (var i in g.Members)
                {
                    groupLosers.Add((i, g.Status, "outranked within its own story group at the same time"));
                }

                continue;
            }

            candidates[(int)g.Status].Add(g);
            any = true;
        }

        if (any)
        {
            Decide(members);
        }
        else
        {
            foreach (var (i, status, note) in groupLosers)
            {
                FileLoser(i, status, note);
            }
        }
    }

    private static long Pack(int id, DecisionStatus status) => ((long)id << 3) | (long)status;

    private void ResetInstant()
    {
        // A new instant number invalidates the per-group stamps; clearing a dictionary costs
        // its entries plus a memset of its buckets.
        instantNumber++;
        if (byArticle.Count > 0)
        {
            byArticle.Clear();
            byGroup.Clear();
            negations.Clear();
            groupScores.Clear();
        }

        groupLosers.Clear();
        scoresRented = 0;
        foreach (var c in candidates)
        {
            c.Reset();
        }
    }

    private void Decide(ReadOnlySpan<int> members)
    {
        Candidate? winner = null;
        foreach (var c in candidates)
        {
            if (c.Groups > 0 && (winner is null || AcrossGroups(c, winner).Order > 0))
            {
                winner = c;
            }
        }

        var current = transitions.Count > 0 ? transitions[^1] : null;
        if (winner!.Status == DecisionStatus.Requested && current is not null && current.Status != DecisionStatus.Requested)
        {
            foreach (var i in winner.Members)
            {
                Signal(i, SignalKind.PendingRequest, current.Status, Notes.PendingOn[(int)current.Status]);
            }
        }
        else
        {
            if (current is null || current.Status != winner.Status)
            {
                var basis = TimeBasis.Unknown;
                foreach (var i in winner.Members)
                {
                    basis = entries[i].Basis < basis ? entries[i].Basis : basis;
                }

                current = new TransitionDraft(winner.Status, SinceOf(winner), basis, transitions.Count);
                transitions.Add(current);
            }

            // The news first, then claims naming the system, then the rest, each in input order.
            for (var rank = 3; rank >= 0; rank--)
            {
                foreach (var i in winner.Members)
                {
                    var own = (entries[i].IsNews ? 2 : 0) + (entries[i].Specificity == 2 ? 1 : 0);
                    if (own == rank)
                    {
                        AddToTransition(current, i);
                    }
                }
            }
        }

        var first = entries[members[0]];
        if (first.Basis is not TimeBasis.BeforeChange and not TimeBasis.Unknown && first.At is { } at)
        {
            contradictions.Observe(at, candidates, winner.Status, c => AcrossGroups(winner, c).Reason);
        }

        foreach (var c in candidates)
        {
            if (c.Groups > 0 && !ReferenceEquals(c, winner))
            {
                var note = $"outranked at the same time by {GoldNames.Of(winner.Status)}: {AcrossGroups(winner, c).Reason}";
                foreach (var i in c.Members)
                {
                    FileLoser(i, c.Status, note);
                }
            }
        }

        foreach (var (i, status, note) in groupLosers)
        {
            FileLoser(i, status, note);
        }
    }

    // Corroboration counts each story group once per transition.
    private void AddToTransition(TransitionDraft t, int i)
    {
        var g = entries[i].Group;
        var newGroup = groupInTransition[g] != t.Index;
        groupInTransition[g] = t.Index;
        t.Add(entries[i].Claim, newGroup);
    }

    private PartialDate? SinceOf(Candidate winner)
    {
        var e = entries[winner.Members[0]];
        return e.Basis is TimeBasis.BeforeChange or TimeBasis.Unknown ? null : e.At;
    }

    private void FileLoser(int i, DecisionStatus status, string note)
    {
        var current = transitions.Count > 0 ? transitions[^1].Status : (DecisionStatus?)null;
        if (status == DecisionStatus.Requested)
        {
            Signal(i, SignalKind.PendingRequest, current, "request pending beside the state chosen at the same time");
        }
        else
        {
            Signal(i, SignalKind.Outranked, status, note);
        }
    }

    private void FileNonCompeting(int i)
    {
        ref var e = ref entries[i];
        var current = transitions.Count > 0 ? transitions[^1] : null;
        switch (e.Effect.Kind)
        {
            case EffectKind.SupportsUndecided when current is not null && TransitionTable.IsUndecided(current.Status):
                AddToTransition(current, i);
                break;
            case EffectKind.SupportsUndecided:
                Signal(i, SignalKind.Negation, DecisionStatus.Pledged, "not committed: supports an undecided state, none in effect");
                break;
            case EffectKind.UseEvidence:
                var on = current?.Status is DecisionStatus.Authorized or DecisionStatus.Restricted ? current.Status : (DecisionStatus?)null;
                Signal(i, SignalKind.UseEvidence, on, on is null ? "use reported with no permission state in effect" : Notes.UseUnder[(int)on.Value]);
                break;
            case EffectKind.Tentative:
                Signal(i, SignalKind.Tentative, e.Effect.Status, Notes.Tentative[(int)e.Claim.Event.Certainty]);
                break;
            case EffectKind.Negation:
                Signal(i, SignalKind.Negation, e.Effect.Status, Notes.Negation[(int)e.Claim.Event.Type]);
                break;
            case EffectKind.Context:
                Signal(i, SignalKind.Context, null, Notes.Context[(int)e.Claim.Event.Type]);
                break;
        }
    }

    private void Signal(int i, SignalKind kind, DecisionStatus? pointsTo, string note)
    {
        ref var e = ref entries[i];
        if (e.Basis == TimeBasis.BeforeChange && newsOfArticle.TryGetValue(e.Claim.ArticleId, out var news))
        {
            note = $"{note}; background before the change of {news}";
        }

        signals.Add(new TimelineSignal
        {
            Claim = e.Claim,
            Kind = kind,
            PointsTo = pointsTo,
            At = e.At,
            AtBasis = e.Basis,
            Note = note,
        });
    }

    /// <summary>
    /// Which of two statuses a story group's own claims at one time say (positive: <paramref name="a"/>).
    /// Order: a request yields to any other state; the article's news (a change) outranks its
    /// background; a claim naming the system outranks a class or a tie; more claims of the
    /// article for it; a decision outranks a process state (a review or request does not suspend
    /// a decision in effect); a better source; the one nearer the article's lead.
    /// </summary>
    private static int WithinGroup(Score a, Score b)
    {
        int c;
        if ((c = (a.Status != DecisionStatus.Requested).CompareTo(b.Status != DecisionStatus.Requested)) != 0
            || (c = a.IsNews.CompareTo(b.IsNews)) != 0
            || (c = a.Specificity.CompareTo(b.Specificity)) != 0
            || (c = a.Net.CompareTo(b.Net)) != 0
            || (c = (!TransitionTable.IsUndecided(a.Status)).CompareTo(!TransitionTable.IsUndecided(b.Status))) != 0
            || (c = a.Rank.CompareTo(b.Rank)) != 0
            || (c = b.Lead.CompareTo(a.Lead)) != 0)
        {
            return c;
        }

        return ((int)b.Status).CompareTo((int)a.Status);
    }

    /// <summary>
    /// Which of two statuses independent story groups at one time support (positive: <paramref name="a"/>),
    /// and why. Order: a request yields; news of a change; the best source (on record before
    /// anonymous, primary before relay); naming the system; more story groups; a decision over a
    /// process state; the later report.
    /// </summary>
    private static (int Order, string Reason) AcrossGroups(Candidate a, Candidate b)
    {
        int c;
        if ((c = (a.Status != DecisionStatus.Requested).CompareTo(b.Status != DecisionStatus.Requested)) != 0)
        {
            return (c, "a request yields to a state");
        }

        if ((c = a.IsNews.CompareTo(b.IsNews)) != 0)
        {
            return (c, "reported as a change");
        }

        if ((c = a.Rank.CompareTo(b.Rank)) != 0)
        {
            return (c, "on-record or primary source");
        }

        if ((c = a.Specificity.CompareTo(b.Specificity)) != 0)
        {
            return (c, "names the system");
        }

        if ((c = a.Groups.CompareTo(b.Groups)) != 0)
        {
            return (c, "more independent story groups");
        }

        if ((c = (!TransitionTable.IsUndecided(a.Status)).CompareTo(!TransitionTable.IsUndecided(b.Status))) != 0)
        {
            return (c, "a decision outranks a process state");
        }

        if ((c = a.Known.CompareTo(b.Known)) != 0)
        {
            return (c, "the later report");
        }

        return (((int)b.Status).CompareTo((int)a.Status), "tie, broken by status order");
    }

    // SourceStanding.Of, with the anonymity of each source name read once per build.
    private static int RankOf(IReadOnlyList<string> sources, Dictionary<string, bool> anonymous)
    {
        if (sources.Count == 0)
        {
            return new SourceStanding(true, true).Rank;
        }

        var original = sources[^1];
        if (!anonymous.TryGetValue(original, out var unnamed))
        {
            unnamed = SourceStanding.IsAnonymous(original);
            anonymous[original] = unnamed;
        }

        return new SourceStanding(!unnamed, sources.Count < 2).Rank;
    }

    private Score Rent(DecisionStatus status, int group)
    {
        if (scoresRented == scorePool.Count)
        {
            scorePool.Add(new Score());
        }

        var s = scorePool[scoresRented++];
        s.Reset(status, group);
        return s;
    }

    /// <summary>Signal notes, built once: a long timeline files tens of thousands of signals.</summary>
    private static class Notes
    {
        public static readonly string[] Tentative = Enum.GetValues<Certainty>().Select(c => $"{GoldNames.Of(c)}: a signal, never a change of state").ToArray();
        public static readonly string[] Negation = Enum.GetValues<EventType>().Select(t => $"negative {GoldNames.Of(t)}: never moves the state to its status").ToArray();
        public static readonly string[] Context = Enum.GetValues<EventType>().Select(t => $"{GoldNames.Of(t)}: context, no change of state").ToArray();
        public static readonly string[] UseUnder = Enum.GetValues<DecisionStatus>().Select(s => $"use under the {GoldNames.Of(s)} state").ToArray();
        public static readonly string[] PendingOn = Enum.GetValues<DecisionStatus>().Select(s => $"request pending while {GoldNames.Of(s)} is in effect").ToArray();
    }

    /// <summary>One claim with what the walk needs of it, precomputed.</summary>
    internal struct Entry
    {
        public Claim Claim;
        public ClaimEffect Effect;
        public PartialDate? At;
        public TimeBasis Basis;
        public long Key;
        public int Article;
        public int Group;
        public byte Specificity;
        public byte Rank;
        public bool IsNews;
        public int Lead;
        public int Known;
    }

    /// <summary>Support for one status from one article or one story group at one instant (pooled per build).</summary>
    internal sealed class Score
    {
        public DecisionStatus Status { get; private set; }

        public int Group { get; private set; }

        public int Net { get; set; }

        public bool IsNews { get; private set; }

        public int Specificity { get; private set; }

        public int Rank { get; private set; }

        public int Lead { get; private set; }

        public int Known { get; private set; }

        public List<int> Members { get; } = [];

        public void Reset(DecisionStatus status, int group)
        {
            Status = status;
            Group = group;
            Net = 0;
            IsNews = false;
            Specificity = 0;
            Rank = 0;
            Lead = int.MaxValue;
            Known = -1;
            Members.Clear();
        }

        public void Add(int index, in Entry e)
        {
            Net++;
            IsNews |= e.IsNews;
            Specificity = Math.Max(Specificity, e.Specificity);
            Rank = Math.Max(Rank, e.Rank);
            Lead = Math.Min(Lead, e.Lead);
            Known = Math.Max(Known, e.Known);
            Members.Add(index);
        }

        public void Merge(Score article)
        {
            Net = Math.Max(Net, article.Net);
            IsNews |= article.IsNews;
            Specificity = Math.Max(Specificity, article.Specificity);
            Rank = Math.Max(Rank, article.Rank);
            Lead = Math.Min(Lead, article.Lead);
            Known = Math.Max(Known, article.Known);
            Members.AddRange(article.Members);
        }
    }

    /// <summary>One status at one instant, with every story group whose verdict it is (one per status, reused).</summary>
    internal sealed class Candidate(DecisionStatus status)
    {
        public DecisionStatus Status { get; } = status;

        /// <summary>Distinct story groups behind the status at this instant.</summary>
        public int Groups { get; private set; }

        public int FirstGroup { get; private set; }

        public bool IsNews { get; private set; }

        public int Rank { get; private set; }

        public int Specificity { get; private set; }

        public int Known { get; private set; } = -1;

        public List<int> Members { get; } = [];

        public void Reset()
        {
            Groups = 0;
            Members.Clear();
            IsNews = false;
            Rank = 0;
            Specificity = 0;
            Known = -1;
        }

        /// <summary>Adds a story group's verdict.</summary>
        public void Add(Score g)
        {
            Note(g.Group, newGroup: true);
            IsNews |= g.IsNews;
            Rank = Math.Max(Rank, g.Rank);
            Specificity = Math.Max(Specificity, g.Specificity);
            Known = Math.Max(Known, g.Known);
            Members.AddRange(g.Members);
        }

        /// <summary>Adds one claim directly (the single-status fast path).</summary>
        public void Add(int index, in Entry e, bool newGroup)
        {
            Note(e.Group, newGroup);
            IsNews |= e.IsNews;
            Rank = Math.Max(Rank, e.Rank);
            Specificity = Math.Max(Specificity, e.Specificity);
            Known = Math.Max(Known, e.Known);
            Members.Add(index);
        }

        private void Note(int group, bool newGroup)
        {
            if (Groups == 0)
            {
                FirstGroup = group;
            }

            Groups += newGroup ? 1 : 0;
        }
    }

    private sealed class TransitionDraft(DecisionStatus status, PartialDate? since, TimeBasis basis, int index)
    {
        private readonly List<Claim> claims = [];
        private int groups;

        public DecisionStatus Status { get; } = status;

        public int Index { get; } = index;

        public void Add(Claim claim, bool newGroup)
        {
            claims.Add(claim);
            groups += newGroup ? 1 : 0;
        }

        public StatusTransition ToTransition() => new()
        {
            Status = Status,
            Since = since,
            SinceBasis = since is null && basis is not TimeBasis.BeforeChange ? TimeBasis.Unknown : basis,
            Scope = claims.Select(c => c.Event.Scope).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
            Claims = claims,
            Corroboration = groups,
        };
    }
}
