using Docket.Domain.Text;

namespace Docket.Core.Evaluation;

/// <summary>Event scores over a corpus (GOLD-FORMAT.md "Scoring"); agreements are shares of the
/// matched events (0 when nothing matched).</summary>
public sealed record EventMetrics(
    int Gold,
    int Predicted,
    int Matched,
    double Precision,
    double Recall,
    double F1,
    double DateAgreement,
    double AspectAgreement,
    double CertaintyAgreement,
    double SourcesAgreement);

/// <summary>Prerequisite scores over a corpus.</summary>
public sealed record PrerequisiteMetrics(int Gold, int Predicted, int Matched, double Precision, double Recall, double F1);

/// <summary>One line of the <c>--verbose</c> listing: a miss (gold not found), a false alarm
/// (predicted, not in gold) or a disagreement on a matched event's date, aspect, certainty or sources.</summary>
public sealed record ScoringNote(string Document, string Kind, string Item, string Evidence);

/// <summary>A predicted item with the span of its evidence in the article text.</summary>
public sealed record Predicted<T>(T Item, TextSpan Evidence);

/// <summary>
/// Scores predicted events and prerequisites against gold, document by document, and keeps the
/// totals. An event matches a gold event when type, actor, recipient and polarity agree, the
/// system agrees or either side is null, and the evidence spans overlap (the gold evidence is
/// located in the text verbatim, or with whitespace runs collapsed). Matching is one-to-one and
/// greedy: first pairs whose systems are equal, then pairs where one side's system is null; each
/// gold item takes the unmatched prediction whose evidence overlaps it most. Prerequisites match on
/// (requirement, recipient) with overlapping evidence. Not thread-safe: one instance per run.
/// </summary>
public sealed class EventScoring
{
    private readonly List<ScoringNote> _notes = [];
    private int _goldEvents;
    private int _predictedEvents;
    private int _matchedEvents;
    private int _dateAgree;
    private int _aspectAgree;
    private int _certaintyAgree;
    private int _sourcesAgree;
    private int _goldPrerequisites;
    private int _predictedPrerequisites;
    private int _matchedPrerequisites;

    public IReadOnlyList<ScoringNote> Notes => _notes;

    public EventMetrics Events => new(
        _goldEvents,
        _predictedEvents,
        _matchedEvents,
        Precision(_matchedEvents, _predictedEvents, _goldEvents),
        Recall(_matchedEvents, _goldEvents, _predictedEvents),
        F1(Precision(_matchedEvents, _predictedEvents, _goldEvents), Recall(_matchedEvents, _goldEvents, _predictedEvents)),
        Share(_dateAgree, _matchedEvents),
        Share(_aspectAgree, _matchedEvents),
        Share(_certaintyAgree, _matchedEvents),
        Share(_sourcesAgree, _matchedEvents));

    public PrerequisiteMetrics Prerequisites => new(
        _goldPrerequisites,
        _predictedPrerequisites,
        _matchedPrerequisites,
        Precision(_matchedPrerequisites, _predictedPrerequisites, _goldPrerequisites),
        Recall(_matchedPrerequisites, _goldPrerequisites, _predictedPrerequisites),
        F1(Precision(_matchedPrerequisites, _predictedPrerequisites, _goldPrerequisites), Recall(_matchedPrerequisites, _goldPrerequisites, _predictedPrerequisites)));

    /// <summary>Scores one document's events; returns the number matched.</summary>
    public int AddEvents(string document, string text, IReadOnlyList<EventGold.Event> gold, IReadOnlyList<Predicted<EventGold.Event>> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSpans = gold.Select(g => Locate(text, g.Evidence)).ToArray();
        var taken = new bool[predicted.Count];
        var pairOf = new int[gold.Count];
        Array.Fill(pairOf, -1);
        foreach (var exactSystem in new[] { true, false })
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (pairOf[g] >= 0)
                {
                    continue;
                }

                var best = -1;
                var bestOverlap = 0;
                for (var p = 0; p < predicted.Count; p++)
                {
                    if (taken[p] || !Compatible(gold[g], predicted[p].Item, exactSystem))
                    {
                        continue;
                    }

                    var overlap = Overlap(goldSpans[g], predicted[p].Evidence);
                    if (overlap > bestOverlap)
                    {
                        best = p;
                        bestOverlap = overlap;
                    }
                }

                if (best >= 0)
                {
                    taken[best] = true;
                    pairOf[g] = best;
                }
            }
        }

        var matched = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            if (pairOf[g] < 0)
            {
                _notes.Add(new ScoringNote(document, "miss", Describe(gold[g]), gold[g].Evidence));
                continue;
            }

            matched++;
            var p = predicted[pairOf[g]].Item;
            var disagreements = new List<string>();
            Agree(Same(gold[g].Date, p.Date), ref _dateAgree, disagreements, $"date {gold[g].Date ?? "null"} vs {p.Date ?? "null"}");
            Agree(Same(gold[g].Aspect, p.Aspect), ref _aspectAgree, disagreements, $"aspect {gold[g].Aspect ?? "null"} vs {p.Aspect ?? "null"}");
            Agree(Same(gold[g].Certainty, p.Certainty), ref _certaintyAgree, disagreements, $"certainty {gold[g].Certainty} vs {p.Certainty}");
            Agree(SameSources(gold[g].Sources, p.Sources), ref _sourcesAgree, disagreements, $"sources [{string.Join(", ", gold[g].Sources)}] vs [{string.Join(", ", p.Sources)}]");
            if (disagreements.Count > 0)
            {
                _notes.Add(new ScoringNote(document, "disagree", Describe(gold[g]) + ": " + string.Join("; ", disagreements), gold[g].Evidence));
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!taken[p])
            {
                _notes.Add(new ScoringNote(document, "false alarm", Describe(predicted[p].Item), predicted[p].Item.Evidence));
            }
        }

        _goldEvents += gold.Count;
        _predictedEvents += predicted.Count;
        _matchedEvents += matched;
        return matched;
    }

    /// <summary>Scores one document's prerequisites; returns the number matched.</summary>
    public int AddPrerequisites(string document, string text, IReadOnlyList<EventGold.Prerequisite> gold, IReadOnlyList<Predicted<EventGold.Prerequisite>> predicted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var taken = new bool[predicted.Count];
        var matched = 0;
        foreach (var g in gold)
        {
            var span = Locate(text, g.Evidence);
            var best = -1;
            var bestOverlap = 0;
            for (var p = 0; p < predicted.Count; p++)
            {
                var item = predicted[p].Item;
                if (taken[p] || !Same(g.Requirement, item.Requirement) || !Same(g.Recipient, item.Recipient))
                {
                    continue;
                }

                var overlap = Overlap(span, predicted[p].Evidence);
                if (overlap > bestOverlap)
                {
                    best = p;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                matched++;
            }
            else
            {
                _notes.Add(new ScoringNote(document, "miss", $"{g.Requirement} for {g.Recipient ?? "?"} ({g.Capability})", g.Evidence));
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!taken[p])
            {
                var item = predicted[p].Item;
                _notes.Add(new ScoringNote(document, "false alarm", $"{item.Requirement} for {item.Recipient ?? "?"} ({item.Capability})", item.Evidence));
            }
        }

        _goldPrerequisites += gold.Count;
        _predictedPrerequisites += predicted.Count;
        _matchedPrerequisites += matched;
        return matched;
    }

    /// <summary>Where a verbatim gold sentence lies in the text: exact first, then with whitespace
    /// runs (including no-break spaces) treated as equal. An empty span when it is not there.</summary>
    public static TextSpan Locate(string text, string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var exact = text.IndexOf(evidence, StringComparison.Ordinal);
        if (exact >= 0)
        {
            return new TextSpan(exact, exact + evidence.Length);
        }

        var needle = evidence.Trim();
        if (needle.Length == 0)
        {
            return new TextSpan(0, 0);
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] != needle[0])
            {
                continue;
            }

            var i = start;
            var j = 0;
            while (i < text.Length && j < needle.Length)
            {
                if (char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(needle[j]))
                {
                    while (i < text.Length && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }

                    while (j < needle.Length && char.IsWhiteSpace(needle[j]))
                    {
                        j++;
                    }
                }
                else if (text[i] == needle[j])
                {
                    i++;
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j == needle.Length)
            {
                return new TextSpan(start, i);
            }
        }

        return new TextSpan(0, 0);
    }

    private static bool Compatible(EventGold.Event gold, EventGold.Event predicted, bool exactSystem) =>
        Same(gold.Type, predicted.Type)
        && Same(gold.Actor, predicted.Actor)
        && Same(gold.Recipient, predicted.Recipient)
        && Same(gold.Polarity, predicted.Polarity)
        && (exactSystem ? Same(gold.System, predicted.System) : gold.System is null || predicted.System is null);

    private static int Overlap(TextSpan a, TextSpan b) =>
        a.Overlaps(b) ? Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start) : 0;

    private static bool Same(string? a, string? b) =>
        string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool SameSources(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Select(s => s.Trim().ToUpperInvariant()).ToHashSet().SetEquals(b.Select(s => s.Trim().ToUpperInvariant()));

    private static void Agree(bool same, ref int counter, List<string> disagreements, string what)
    {
        if (same)
        {
            counter++;
        }
        else
        {
            disagreements.Add(what);
        }
    }

    private static string Describe(EventGold.Event e) =>
        $"{e.Type} {e.Actor ?? "?"} -> {e.Recipient ?? "?"} [{e.System ?? "-"}] {e.Polarity}{(e.Aspect is null ? string.Empty : " " + e.Aspect)} {e.Certainty}{(e.Date is null ? string.Empty : " @" + e.Date)}";

    private static double Precision(int matched, int predicted, int gold) => predicted == 0 ? (gold == 0 ? 1 : 0) : (double)matched / predicted;

    private static double Recall(int matched, int gold, int predicted) => gold == 0 ? (predicted == 0 ? 1 : 0) : (double)matched / gold;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
