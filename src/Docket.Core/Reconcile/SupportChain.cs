using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Reconcile;

/// <summary>A prerequisite mention with the article it comes from, as the store returns it.</summary>
public sealed record PrerequisiteMention
{
    public required string ArticleId { get; init; }

    public string? Outlet { get; init; }

    public PartialDate? Published { get; init; }

    public bool PublishedEstimated { get; init; }

    public required Prerequisite Prerequisite { get; init; }

    /// <summary>The evidence sentence's text.</summary>
    public required string EvidenceText { get; init; }
}

/// <summary>What the reporting says about one link of a support chain.</summary>
public enum LinkState
{
    /// <summary>No article names the link for this recipient.</summary>
    NotMentioned,

    /// <summary>Named as needed, with no report of its state.</summary>
    Mentioned,

    /// <summary>Reported in place or under way ("training began", "intelligence shared").</summary>
    ReportedInPlace,

    /// <summary>Reported missing or stalled ("parts delayed", "no technicians").</summary>
    ReportedLacking,

    /// <summary>Reported as planned or expected, not yet in place.</summary>
    Planned,
}

/// <summary>One link of the chain: its state, the mentions that name it, the reports that give its state.</summary>
public sealed record ChainLink
{
    public required Requirement Requirement { get; init; }

    public required LinkState State { get; init; }

    public IReadOnlyList<PrerequisiteMention> Mentions { get; init; } = [];

    /// <summary>SUPPORT claims that report the link's state, oldest first.</summary>
    public IReadOnlyList<Claim> Reports { get; init; } = [];

    /// <summary>The words of the report that decided the state ("began", a SUPPORT claim's scope).</summary>
    public string? ReportedState { get; init; }

    /// <summary>The valid time of that report.</summary>
    public PartialDate? ReportedAt { get; init; }
}

/// <summary>
/// Which links of the support chain the reporting says are in place for a recipient (DOMAIN.md,
/// "Prerequisites"). Kept deliberately simple:
/// <list type="bullet">
/// <item>A link is <see cref="LinkState.Mentioned"/> when a prerequisite mention for the recipient
/// names it.</item>
/// <item>Its reported state comes from the latest report, by valid time (event date, else
/// publication): a SUPPORT claim for the recipient whose scope or evidence names the link
/// (<see cref="RequirementsOf"/>: "training", "spare parts", "intelligence" ...), or a mention
/// whose <see cref="Prerequisite.State"/> is given. A positive asserted or reported SUPPORT is
/// in place; negative is lacking; hedged or expected is planned. A mention's state words are
/// read the same way ("delayed" lacking, "will begin" planned, "began" in place).</item>
/// <item>AUTHORIZATION has no SUPPORT report: its state is the use question's own status.</item>
/// </list>
/// Every requirement is returned, in enum order, so a page can show the whole chain.
/// </summary>
public static class SupportChain
{
    private static readonly (Requirement Requirement, string[] Cues)[] Cues =
    [
        (Requirement.Authorization, ["authoriz", "permission", "approval"]),
        (Requirement.Intelligence, ["intelligence", "targeting", "target data", "reconnaissance", "satellite imagery"]),
        (Requirement.Communications, ["communication", "starlink", "satellite link", "datalink", "data link"]),
        (Requirement.Training, ["train"]),
        (Requirement.Maintenance, ["maintenance", "maintain", "repair", "sustainment"]),
        (Requirement.SpareParts, ["spare part", "spares", "parts"]),
        (Requirement.Logistics, ["logistic", "supply line", "transport", "resupply"]),
        (Requirement.Personnel, ["technician", "adviser", "advisor", "contractor", "personnel"]),
        (Requirement.Medical, ["medical", "medic", "casualt"]),
        (Requirement.Infrastructure, ["launcher", "airfield", "air base", "storage", "infrastructure", "depot"]),
        (Requirement.RiskAssessment, ["escalat", "risk", "civilian harm"]),
    ];

    // A cue matches at a word start; a trailing space makes it a whole word ("no " is not "now").
    private static readonly string[] LackingWords =
        ["delay", "lack", "shortage", "not ", "no ", "never ", "without", "halt", "suspend", "stall", "missing",
         "didn t", "hasn t", "haven t", "isn t", "aren t", "won t"];

    private static readonly string[] PlannedWords = ["will ", "plan", "expect", "soon", "to begin", "to start", "would "];

    public static IReadOnlyList<ChainLink> Assess(string recipient, IEnumerable<PrerequisiteMention> mentions, IEnumerable<Claim> claims, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);

        var mentionsOf = new Dictionary<Requirement, List<PrerequisiteMention>>();
        var reportsOf = new Dictionary<Requirement, List<Report>>();
        foreach (var m in mentions)
        {
            if (!SameParty(m.Prerequisite.Recipient, recipient) || !Known(m.Published, asOf))
            {
                continue;
            }

            Add(mentionsOf, m.Prerequisite.Requirement, m);
            if (!string.IsNullOrWhiteSpace(m.Prerequisite.State))
            {
                Add(reportsOf, m.Prerequisite.Requirement, new Report(ReadState(m.Prerequisite.State), m.Prerequisite.State, m.Published, null));
            }
        }

        foreach (var c in claims)
        {
            if (c.Event.Type != EventType.Support || !SameParty(c.Event.Recipient, recipient) || !KnowledgeTime.KnownBy(c, asOf))
            {
                continue;
            }

            var state = c.Event.Polarity == Polarity.Negative ? LinkState.ReportedLacking
                : c.Event.Certainty is Certainty.Hedged or Certainty.Expected ? LinkState.Planned
                : LinkState.ReportedInPlace;
            foreach (var r in RequirementsOf($"{c.Event.Scope} {c.EvidenceText}"))
            {
                Add(reportsOf, r, new Report(state, c.Event.Scope ?? c.EvidenceText, c.ValidTime, c));
            }
        }

        return Enum.GetValues<Requirement>().Select(r =>
        {
            var named = mentionsOf.GetValueOrDefault(r) ?? [];
            var reports = (reportsOf.GetValueOrDefault(r) ?? [])
                .Select((x, i) => (x, i))
                .OrderBy(p => p.x.At?.Earliest ?? DateOnly.MinValue)
                .ThenBy(p => p.i)
                .Select(p => p.x)
                .ToList();
            var latest = reports.Count > 0 ? reports[^1] : null;
            return new ChainLink
            {
                Requirement = r,
                State = latest?.State ?? (named.Count > 0 ? LinkState.Mentioned : LinkState.NotMentioned),
                Mentions = named,
                Reports = reports.Where(x => x.Claim is not null).Select(x => x.Claim!).ToList(),
                ReportedState = latest?.Words,
                ReportedAt = latest?.At,
            };
        }).ToList();
    }

    /// <summary>The links a text names, by word-start cues ("spare parts" -> SPARE_PARTS; "trained" -> TRAINING).</summary>
    public static IReadOnlyList<Requirement> RequirementsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = Normalize(text);
        return Cues.Where(c => c.Cues.Any(cue => normalized.Contains(" " + cue, StringComparison.Ordinal))).Select(c => c.Requirement).ToList();
    }

    /// <summary>Reads a mention's state words: lacking, planned, or (otherwise) in place.</summary>
    public static LinkState ReadState(string words)
    {
        var normalized = Normalize(words);
        if (LackingWords.Any(w => normalized.Contains(" " + w, StringComparison.Ordinal)))
        {
            return LinkState.ReportedLacking;
        }

        return PlannedWords.Any(w => normalized.Contains(" " + w, StringComparison.Ordinal)) ? LinkState.Planned : LinkState.ReportedInPlace;
    }

    // Lower case, every non-letter a space, padded: " spare parts delayed ".
    private static string Normalize(string text)
    {
        var chars = new char[text.Length + 2];
        chars[0] = ' ';
        chars[^1] = ' ';
        for (var i = 0; i < text.Length; i++)
        {
            chars[i + 1] = char.IsLetter(text[i]) ? char.ToLowerInvariant(text[i]) : ' ';
        }

        return new string(chars);
    }

    private static bool SameParty(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Known(PartialDate? published, DateOnly? asOf) => asOf is null || (published is { } p && p.Earliest <= asOf.Value);

    private static void Add<T>(Dictionary<Requirement, List<T>> map, Requirement r, T item)
    {
        if (!map.TryGetValue(r, out var list))
        {
            map[r] = list = [];
        }

        list.Add(item);
    }

    private sealed record Report(LinkState State, string Words, PartialDate? At, Claim? Claim);
}
