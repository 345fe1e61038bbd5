using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>
/// Turns claims into decision-question timelines with two times (DOMAIN.md, "From claims to
/// status" and "Two times"). Pure: no I/O, no clock; the same claims always give the same result.
/// <para><b>Which claims bear on a question</b> (<see cref="Bearing"/>):</para>
/// <list type="bullet">
/// <item>Its own claims (<see cref="QuestionKeying"/>): same supplier, system, recipient and aspect.</item>
/// <item>Claims about a class that covers the question's system, for the same parties and aspect
/// ("long-range rockets" for ATACMS; <see cref="SystemCatalog"/>). They rank below claims naming the system.</item>
/// <item>Use claims with system null, for the same parties, from an article that also makes a claim
/// naming the question's system (or its class): the article ties the general policy to the
/// system. So <c>--system ATACMS</c> shows seed 002's "currently authorizes only ..." restriction.
/// Without such a tie a null-system claim is general aid and stays on the null-system question,
/// which in turn takes no claims naming a system. Transfer claims with system null are never tied:
/// a package pledge is not a pledge of every system the article names.</item>
/// <item>Signals only: USE of the system (any supplier) by the question's recipient; SUPPORT for the
/// same recipient and system (or no system) in an article about the question; WARN, DEPLOY and
/// unkeyed events in an article that makes a claim on the question.</item>
/// </list>
/// <para><b>Time.</b> Only claims known by the as-of date are used (<see cref="KnowledgeTime"/>).
/// Each claim is placed at its valid time: the event date, else the publication date (or its
/// estimate, marked), else the ingest day. Partial dates compare by their first day; a
/// month-precision date sorts before every day-precision date in that month (and a year before
/// its months): the precise date is taken as the later, better informed one, and any
/// incompatibility between them from independent sources is flagged as a contradiction, since
/// the overlap makes the order unknowable.</para>
/// <para><b>Within one article, the news outranks its background.</b> When an article presents a
/// claim on the question as a change (<see cref="DecisionEvent.IsChange"/>), its undated claims on
/// that question describe the state before it: they are placed just before the news (start
/// unknown, <see cref="TimeBasis.BeforeChange"/>), so seed 002 reads RESTRICTED, then AUTHORIZED.
/// At one instant, a story group's claims give one verdict: a request yields to any other state;
/// news over background; a claim naming the system over a class or tie; more claims of the
/// article (less its own negations, "has not been officially denied"); a decision over a
/// process state; the better source; the claim nearer the lead. Copies in one story group count once.</para>
/// <para><b>Across story groups</b>, a later valid time wins. At one instant: a request yields;
/// news of a change; the better source (<see cref="SourceStanding"/>: on record over anonymous,
/// then primary over relay); naming the system; more story groups; a decision over a process
/// state; the later report. Losers are kept as signals, and incompatible ones from independent
/// groups as contradictions (<see cref="ContradictionTracker"/>).</para>
/// <para><b>Moves</b> follow <see cref="TransitionTable"/>: a repeated state confirms the current
/// transition (corroboration = its distinct story groups); a REQUEST moves only when nothing is
/// in effect; a negative PLEDGE joins an UNDER_REVIEW or REQUESTED state; hedged, expected,
/// negative and context claims are signals.</para>
/// <para>Cost: O(n log n) in the claims bearing on a question (one sort on packed keys, then a
/// linear walk); routing for <see cref="Build"/> is linear with hash lookups.</para>
/// </summary>
public sealed class StatusReconciler
{
    public StatusReconciler(SystemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
    }

    /// <summary>A reconciler with <see cref="SystemCatalog.Default"/>.</summary>
    public static StatusReconciler Default { get; } = new(SystemCatalog.Default);

    public SystemCatalog Catalog { get; }

    /// <summary>Every question the claims known by <paramref name="asOf"/> raise (each decision claim,
    /// REQUEST to DELIVER, names one; SUPPORT and context events raise none), with its timeline;
    /// ordered by supplier, system, recipient, aspect.</summary>
    public IReadOnlyList<StatusTimeline> Build(IEnumerable<Claim> claims, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var known = claims.Where(c => KnowledgeTime.KnownBy(c, asOf)).ToList();
        var routes = RouteAll(known);
        return routes
            .OrderBy(r => r.Question.Supplier, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Question.System ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Question.Recipient, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Question.Aspect)
            .Select(r => TimelineBuilder.Build(r.Question, r.Claims, asOf))
            .ToList();
    }

    /// <summary>The timeline of one question from the claims known by <paramref name="asOf"/>.
    /// Pass every claim that might bear on it (at least the claims with the same supplier and
    /// recipient, and the context events of their articles); the rules above select. Unlike
    /// <see cref="Build"/>, a question no claim names still gets the claims about its class.</summary>
    public StatusTimeline Timeline(IEnumerable<Claim> claims, DecisionQuestion question, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(question);
        var canonical = question with { System = Catalog.Canonical(question.System) };
        var list = claims as IReadOnlyList<Claim> ?? claims.ToList();
        return TimelineBuilder.Build(canonical, Select(list, canonical, asOf), asOf);
    }

    /// <summary>The status of one question on <paramref name="on"/> (null: on the as-of date, or
    /// the latest state when that is null too), as known on <paramref name="asOf"/> (null: everything).</summary>
    public QuestionStatus Query(IEnumerable<Claim> claims, DecisionQuestion question, DateOnly? asOf = null, DateOnly? on = null) =>
        QuestionStatus.From(Timeline(claims, question, asOf), on ?? asOf);

    /// <summary>The claims known by <paramref name="asOf"/> that bear on one question, and how (the rules above).</summary>
    public IReadOnlyList<BearingClaim> Select(IReadOnlyList<Claim> claims, DecisionQuestion question, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(question);
        var target = QuestionKey.Of(question with { System = Catalog.Canonical(question.System) });

        // Pass 1: each claim's bearing if its article is not about the question, and if it is.
        // Only claims whose bearing depends on it need their article looked up, so the article
        // sets stay as small as the context around the question (not one entry per claim).
        const byte AboutCandidate = 1 << 6;
        var codes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, claims.Count));
        try
        {
            var needed = new HashSet<string>(StringComparer.Ordinal);
            var selectedCount = 0;
            for (var i = 0; i < claims.Count; i++)
            {
                var claim = claims[i];
                codes[i] = 0;
                if (!KnowledgeTime.KnownBy(claim, asOf))
                {
                    continue;
                }

                var key = QuestionKeying.KeyOf(claim.Event, Catalog);
                var without = BearingOn(claim, key, target, articleAboutTarget: false);
                var with = BearingOn(claim, key, target, articleAboutTarget: true);
                var code = (byte)(Code(without) | (Code(with) << 3));
                if (key is { } k && QuestionKeying.IsDecision(claim.Event.Type)
                    && (k.Equals(target) || (k.SameParties(target) && Catalog.Covers(k.System, target.System))))
                {
                    code |= AboutCandidate;
                }

                if (without != with)
                {
                    needed.Add(claim.ArticleId);
                }

                selectedCount += with is null ? 0 : 1;
                codes[i] = code;
            }

            // Pass 2: of the articles that matter, those that make a claim on the question.
            var about = new HashSet<string>(StringComparer.Ordinal);
            if (needed.Count > 0)
            {
                for (var i = 0; i < claims.Count; i++)
                {
                    if ((codes[i] & AboutCandidate) != 0 && needed.Contains(claims[i].ArticleId))
                    {
                        about.Add(claims[i].ArticleId);
                    }
                }
            }

            // Pass 3: select.
            var selected = new List<BearingClaim>(selectedCount);
            for (var i = 0; i < claims.Count; i++)
            {
                var code = codes[i];
                var without = code & 7;
                var with = (code >> 3) & 7;
                var chosen = without == with || !about.Contains(claims[i].ArticleId) ? without : with;
                if (chosen != 0)
                {
                    selected.Add(new BearingClaim(claims[i], (Bearing)(chosen - 1)));
                }
            }

            return selected;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(codes);
        }

        static int Code(Bearing? b) => b is null ? 0 : (int)b.Value + 1;
    }

    // The single statement of the routing rules, used by Select for one question; Route below
    // applies the same rules through indexes for all questions at once.
    private Bearing? BearingOn(Claim claim, QuestionKey? own, QuestionKey target, bool articleAboutTarget)
    {
        var e = claim.Event;
        if (e.Type == EventType.Use)
        {
            return UseRelates(e, target, articleAboutTarget) ? Bearing.Context : null;
        }

        if (own is not { } k)
        {
            return articleAboutTarget ? Bearing.Context : null;
        }

        if (e.Type == EventType.Support)
        {
            return k.Equals(target) || (articleAboutTarget && SupportRelates(e, k, target)) ? Bearing.Context : null;
        }

        if (k.Equals(target))
        {
            return Bearing.Named;
        }

        if (k.SameParties(target) && Catalog.Covers(k.System, target.System))
        {
            return Bearing.Class;
        }

        return Ties(k, target) && (Catalog.IsClass(target.System) || (articleAboutTarget && !NamesApart(claim, target))) ? Bearing.ArticleTie : null;
    }

    /// <summary>True when a general claim's own sentence names the question's system, which the
    /// extraction then did not make the claim's system ("..., but that permission did not extend
    /// to ATACMS"): the sentence sets the system apart, so the article does not tie the claim to it.</summary>
    private bool NamesApart(Claim claim, QuestionKey target)
    {
        if (target.System is not { } system)
        {
            return false;
        }

        IEnumerable<string> names = Catalog.Find(system) is { } known ? [known.Name, .. known.Aliases] : [system];
        foreach (var name in names)
        {
            for (var at = claim.EvidenceText.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = claim.EvidenceText.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(claim.EvidenceText[at - 1])) && (end == claim.EvidenceText.Length || !char.IsLetterOrDigit(claim.EvidenceText[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Ties(QuestionKey claim, QuestionKey target) =>
        claim.System is null && target.System is not null && claim.Aspect == Aspect.Use && claim.SameParties(target);

    /// <summary>The class questions ("Western long-range missiles") a general use claim of the same
    /// parties bears on wherever it was published: a rule of use for all of a supplier's weapons
    /// holds for each class of them. On a named system it bears only through an article tie.</summary>
    private IEnumerable<QuestionKey> ClassTies(QuestionKey claim, Dictionary<QuestionKey, List<QuestionKey>> classesByParties) =>
        claim.System is null && claim.Aspect == Aspect.Use && classesByParties.TryGetValue(claim, out var classes) ? classes : [];

    private static bool SupportRelates(DecisionEvent e, QuestionKey support, QuestionKey target) =>
        string.Equals(support.Recipient, target.Recipient, StringComparison.OrdinalIgnoreCase)
        && (support.System is null || string.Equals(support.System, target.System, StringComparison.OrdinalIgnoreCase));

    private bool UseRelates(DecisionEvent e, QuestionKey target, bool articleAboutTarget)
    {
        if (target.Aspect != Aspect.Use || !string.Equals(e.Actor?.Trim(), target.Recipient, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var system = Catalog.Canonical(e.System);
        if (system is null || target.System is null)
        {
            return articleAboutTarget;
        }

        return string.Equals(system, target.System, StringComparison.OrdinalIgnoreCase)
            || Catalog.Covers(target.System, system)
            || Catalog.Covers(system, target.System);
    }

    /// <summary>Routes every claim to the questions it bears on (the rules of <see cref="BearingOn"/>, through indexes).</summary>
    private List<Route> RouteAll(IReadOnlyList<Claim> claims)
    {
        var routes = new Dictionary<QuestionKey, Route>();
        var keys = new QuestionKey?[claims.Count];

        // Questions are raised by the decision claims naming them; SUPPORT joins its own
        // question when one is raised, and never raises one.
        var articleQuestions = new Dictionary<string, List<QuestionKey>>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            if (QuestionKeying.KeyOf(claims[i].Event, Catalog) is not { } k)
            {
                continue;
            }

            keys[i] = k;
            if (!QuestionKeying.IsDecision(claims[i].Event.Type))
            {
                continue;
            }

            if (!routes.TryGetValue(k, out var r))
            {
                routes[k] = r = new Route(k.ToQuestion());
            }

            r.Add(claims[i], Bearing.Named);
            AddDistinct(articleQuestions, claims[i].ArticleId, k);
        }

        // Class claims also make the articles they appear in "about" each covered member.
        var byParties = routes.Keys.Where(k => k.System is not null).GroupBy(k => k.WithoutSystem()).ToDictionary(g => g.Key, g => g.ToList());
        var classTargets = new List<(int Index, QuestionKey Target)>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (keys[i] is not { } k || !QuestionKeying.IsDecision(claims[i].Event.Type) || !Catalog.IsClass(k.System)
                || !byParties.TryGetValue(k.WithoutSystem(), out var members))
            {
                continue;
            }

            foreach (var m in members)
            {
                if (Catalog.Covers(k.System, m.System))
                {
                    classTargets.Add((i, m));
                    AddDistinct(articleQuestions, claims[i].ArticleId, m);
                }
            }
        }

        foreach (var (i, target) in classTargets)
        {
            routes[target].Add(claims[i], Bearing.Class);
        }

        var classesByParties = routes.Keys.Where(k => k.Aspect == Aspect.Use && Catalog.IsClass(k.System))
            .GroupBy(k => k.WithoutSystem()).ToDictionary(g => g.Key, g => g.ToList());
        var useByRecipient = routes.Keys.Where(k => k.Aspect == Aspect.Use)
            .GroupBy(k => k.Recipient, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            var e = claim.Event;
            var inArticle = articleQuestions.TryGetValue(claim.ArticleId, out var aq) ? aq : [];
            if (e.Type == EventType.Use)
            {
                if (e.Actor is not null && useByRecipient.TryGetValue(e.Actor.Trim(), out var candidates))
                {
                    foreach (var t in candidates)
                    {
                        if (UseRelates(e, t, inArticle.Contains(t)))
                        {
                            routes[t].Add(claim, Bearing.Context);
                        }
                    }
                }

                continue;
            }

            if (keys[i] is not { } k)
            {
                foreach (var t in inArticle)
                {
                    routes[t].Add(claim, Bearing.Context);
                }

                continue;
            }

            if (e.Type == EventType.Support && routes.TryGetValue(k, out var own))
            {
                own.Add(claim, Bearing.Context);
            }

            foreach (var t in ClassTies(k, classesByParties))
            {
                if (!inArticle.Contains(t))
                {
                    routes[t].Add(claim, Bearing.ArticleTie);
                }
            }

            foreach (var t in inArticle)
            {
                if (t.Equals(k))
                {
                    continue;
                }

                if (e.Type == EventType.Support)
                {
                    if (SupportRelates(e, k, t))
                    {
                        routes[t].Add(claim, Bearing.Context);
                    }
                }
                else if (Ties(k, t) && !NamesApart(claim, t))
                {
                    routes[t].Add(claim, Bearing.ArticleTie);
                }
            }
        }

        return [.. routes.Values];
    }

    private static void AddDistinct(Dictionary<string, List<QuestionKey>> map, string article, QuestionKey key)
    {
        if (!map.TryGetValue(article, out var list))
        {
            map[article] = list = [];
        }

        if (!list.Contains(key))
        {
            list.Add(key);
        }
    }

    private sealed class Route(DecisionQuestion question)
    {
        private readonly HashSet<Claim> seen = new(ReferenceEqualityComparer.Instance);

        public DecisionQuestion Question { get; } = question;

        public List<BearingClaim> Claims { get; } = [];

        public void Add(Claim claim, Bearing bearing)
        {
            if (seen.Add(claim))
            {
                Claims.Add(new BearingClaim(claim, bearing));
            }
        }
    }
}
