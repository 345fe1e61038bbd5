using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Storage;

namespace Docket.Cli.Status;

/// <summary>
/// Answers status and timeline queries: reads from the store only the claims that can bear on
/// the questions asked (through the indexed <see cref="IArticleStore.GetClaims"/>), then
/// reconciles them in memory with <see cref="StatusReconciler"/>. Which claims can bear on a
/// question follows the reconciler's rules (<see cref="StatusReconciler"/>, "Which claims bear
/// on a question"):
/// <list type="bullet">
/// <item>claims between the question's parties (a REQUEST with its roles swapped) about its system
/// or a class label that covers it ("long-range missiles" for ATACMS); with no system asked, about
/// any system;</item>
/// <item>every other claim of the articles that make one of those claims: article-tied use claims
/// with no system, SUPPORT, WARN and DEPLOY context;</item>
/// <item>USE claims by the recipient of those systems (use questions only).</item>
/// <item>For a class question ("Western long-range missiles"), also the general use claims (no
/// system) between its parties.</item>
/// <item>For a general-aid question (system null), only claims with no system between the parties,
/// and the other claims of their articles.</item>
/// </list>
/// A few matching questions are reconciled one by one (<see cref="StatusReconciler.Timeline"/>), many
/// together (<see cref="StatusReconciler.Build"/>); both give the same states (the reconciler keeps
/// its input's order only among signals placed at the same time). StatusQueriesTests checks on
/// random stores that the answers equal reconciling every stored claim.
/// The knowledge-time cut (<c>as of</c>) is applied in the store with the reconciler's own rule
/// (<see cref="ClaimFilter.KnownBy"/>). A query that narrows nothing reads every claim known by then.
/// </summary>
internal sealed class StatusQueries(IArticleStore store, StatusReconciler reconciler)
{
    private static readonly Aspect[] BothAspects = [Aspect.Transfer, Aspect.Use];

    /// <summary>Up to this many questions are reconciled one by one (each a linear pass over the
    /// claims read); more are reconciled together.</summary>
    private const int OneByOneLimit = 8;

    public StatusReconciler Reconciler { get; } = reconciler;

    /// <summary>The status on <paramref name="on"/> (null: on the as-of date, else the latest) of
    /// every question that matches, as known on <paramref name="asOf"/> (null: everything known).</summary>
    public IReadOnlyList<QuestionStatus> Status(QuestionFilter filter, DateOnly? asOf, DateOnly? on) =>
        [.. Timelines(filter, asOf).Select(t => QuestionStatus.From(t, on ?? asOf))];

    /// <summary>The timelines of every question that matches, in question order.</summary>
    public IReadOnlyList<StatusTimeline> Timelines(QuestionFilter filter, DateOnly? asOf) =>
        Reconcile(ClaimsFor(filter, asOf), filter, asOf);

    /// <summary>The timelines of the questions of <paramref name="filter"/> from <paramref name="claims"/>
    /// (read by <see cref="ClaimsFor"/>), in question order.</summary>
    public IReadOnlyList<StatusTimeline> Reconcile(IReadOnlyList<Claim> claims, QuestionFilter filter, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(filter);
        var catalog = Reconciler.Catalog;

        // The questions the matching decision claims raise (as Build raises them). A handful are
        // reconciled one by one, which skips the other questions the context claims raise; many
        // (a filter on one party only, or none) are reconciled together by Build.
        var raised = new HashSet<QuestionKey>();
        foreach (var c in claims)
        {
            if (QuestionKeying.IsDecision(c.Event.Type) && QuestionKeying.KeyOf(c.Event, catalog) is { } k && filter.Matches(k.ToQuestion(), catalog))
            {
                raised.Add(k);
                if (raised.Count > OneByOneLimit)
                {
                    break;
                }
            }
        }

        var timelines = raised.Count <= OneByOneLimit
            ? [.. raised.Select(k => Reconciler.Timeline(claims, k.ToQuestion(), asOf))]
            : Reconciler.Build(claims, asOf).Where(t => filter.Matches(t.Question, catalog)).ToList();

        // A fully named question that only class claims speak about is not raised by Build (class
        // claims never create member questions), but asked for by name it has a timeline.
        if (filter is { Supplier: { } supplier, System: { } system, Recipient: { } recipient, GeneralAid: false })
        {
            foreach (var aspect in filter.Aspect is { } a ? [a] : BothAspects)
            {
                var question = new DecisionQuestion(supplier, catalog.Canonical(system), recipient, aspect);
                if (timelines.Any(t => QuestionKey.Of(t.Question).Equals(QuestionKey.Of(question))))
                {
                    continue;
                }

                var timeline = Reconciler.Timeline(claims, question, asOf);
                if (timeline.Transitions.Count > 0 || timeline.Signals.Any(s => s.Kind == SignalKind.Tentative))
                {
                    timelines.Add(timeline);
                }
            }
        }

        return [.. timelines
            .OrderBy(t => t.Question.Supplier, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Question.System ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Question.Recipient, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Question.Aspect)];
    }

    /// <summary>The timeline of one question, or null when no claim known by then bears on it.</summary>
    public StatusTimeline? Timeline(DecisionQuestion question, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        var claims = ClaimsFor(QuestionFilter.Of(question), asOf);
        var timeline = Reconciler.Timeline(claims, question, asOf);
        return timeline.Transitions.Count == 0 && timeline.Signals.Count == 0 ? null : timeline;
    }

    /// <summary>The claims, known by <paramref name="asOf"/>, that can bear on the questions of <paramref name="filter"/>.</summary>
    public IReadOnlyList<Claim> ClaimsFor(QuestionFilter filter, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.IsEverything)
        {
            return store.GetClaims(new ClaimFilter { KnownBy = asOf });
        }

        // General aid: only claims with no system bear on it directly; everything else that can
        // (ties, uses, support) comes from the context of the articles that make those claims.
        var systems = filter.GeneralAid ? [null] : filter.System is { } s ? SystemsBearingOn(s) : null;
        var claims = store.GetClaims(new ClaimFilter
        {
            Supplier = filter.Supplier,
            Recipient = filter.Recipient,
            Systems = systems,
            KnownBy = asOf,
            WithArticleContext = true,
        });

        if (filter.Aspect is Aspect.Transfer || filter.GeneralAid)
        {
            return claims;
        }

        // USE by the recipient: a use question's context even from articles that make no claim on it.
        var users = filter.Recipient is { } r
            ? [r]
            : claims.Select(c => QuestionKeying.KeyOf(c.Event, Reconciler.Catalog))
                .Where(k => k is { Aspect: Aspect.Use } key && filter.Matches(key.ToQuestion(), Reconciler.Catalog))
                .Select(k => k!.Value.Recipient)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        var uses = new List<Claim>();
        foreach (var user in users)
        {
            uses.AddRange(store.GetClaims(new ClaimFilter { Actor = user, Type = EventType.Use, Systems = systems, KnownBy = asOf }));
        }

        if (uses.Count == 0)
        {
            return claims;
        }

        // The uses in the articles already read are there once; the others follow the main read.
        // Both reads are in the store's order; the reconciler does not depend on the order beyond
        // that of signals placed at the same time.
        var fresh = new HashSet<string>(uses.Select(c => c.Id), StringComparer.Ordinal);
        foreach (var c in claims)
        {
            fresh.Remove(c.Id);
        }

        return new ConcatenatedClaims(claims, [.. uses.Where(c => fresh.Remove(c.Id))]);
    }

    /// <summary>Two reads seen as one list, without copying the larger into a new array.</summary>
    private sealed class ConcatenatedClaims(IReadOnlyList<Claim> first, IReadOnlyList<Claim> second) : IReadOnlyList<Claim>
    {
        public int Count => first.Count + second.Count;

        public Claim this[int index] => index < first.Count ? first[index] : second[index - first.Count];

        public IEnumerator<Claim> GetEnumerator() => first.Concat(second).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>
    /// The stored system names and labels a question about <paramref name="system"/> reads: the
    /// system under any spelling the catalog knows, the class labels that cover it, and (when it is
    /// itself a class label) the systems it covers, whose USE claims bear on it.
    /// </summary>
    public IReadOnlyList<string?> SystemsBearingOn(string system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var catalog = Reconciler.Catalog;
        var canonical = catalog.Canonical(system)!;
        var names = new List<string?> { canonical };
        foreach (var name in store.SystemNames())
        {
            if (string.Equals(catalog.Canonical(name), canonical, StringComparison.OrdinalIgnoreCase)
                || catalog.Covers(name, canonical)
                || catalog.Covers(canonical, name))
            {
                names.Add(name);
            }
        }

        // A class question also hears the general use claims of its parties (a rule of use for
        // all of a supplier's weapons holds for each class of them).
        if (catalog.IsClass(canonical))
        {
            names.Add(null);
        }

        return names;
    }
}
