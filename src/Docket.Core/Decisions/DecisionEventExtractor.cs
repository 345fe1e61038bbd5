using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;

namespace Docket.Core.Decisions;

/// <summary>
/// Extracts the decision events of one article (GOLD-FORMAT.md "events") from its analysis:
/// triggers from the lexicon (Resources/events/triggers.txt), the type from the trigger's frame
/// and verb group, and the arguments from the trigger's own sentence or from mentions resolved to
/// it (pronouns, "the jets", the supplier in focus), never from unrelated parts of the article.
/// <list type="bullet">
/// <item>Actor: the subject of the trigger (the nearest party to its left in its clause that is not
/// inside a prepositional phrase, with coordinated parties: "the United States, the Netherlands and
/// the Czech Republic ... send" is three events); "by X" for a passive; the possessor, "from X" or
/// the demonym of a nominal trigger ("appeals from Kyiv", "Ukrainian requests").</item>
/// <item>Recipient: "to X" (the final destination for third-country transfers), an indirect object
/// ("give Ukraine"), "for X"; for a request the government asked ("from", "with", "called on"); for
/// a warning the warned; Ukraine by default for a supply decision in an article about Ukraine.</item>
/// <item>System: the named systems of the trigger's clause, one event each; a labelled class for
/// unnamed ones ("fighter aircraft"); a definite phrase resolved to the system named before it
/// ("the jets"); null for general aid, added beside named systems when the clause lists unnamed
/// items too.</item>
/// <item>Polarity, certainty (hedged &gt; expected &gt; reported &gt; asserted), sources, date, scope:
/// see <see cref="EventQualifiers"/>.</item>
/// </list>
/// Thread-safe: it holds only the read-only lexicons; each call works on its own state.
/// </summary>
public sealed class DecisionEventExtractor
{
    public static DecisionEventExtractor Default { get; } = new();

    /// <summary>The events of one article. <paramref name="body"/> is the text the analysis spans
    /// point into; <paramref name="title"/>, when given, keeps the headline out (gold evidence is
    /// taken from the body).</summary>
    public IReadOnlyList<DecisionEvent> Extract(string body, ArticleAnalysis analysis, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        if (analysis.Tokens.Count == 0 || analysis.Sentences.Count == 0)
        {
            return [];
        }

        return Extract(new ArticleView(body, analysis, title));
    }

    /// <summary>The events of an article already indexed (the stage shares the view with the
    /// prerequisite stage, so the article is indexed once).</summary>
    internal IReadOnlyList<DecisionEvent> Extract(ArticleView view) =>
        view.Tokens.Count == 0 || view.Sentences.Count == 0 ? [] : new ArticleEventReader(view, EventLexicon.Default, WeaponLexicon.Default).Read();
}

/// <summary>A trigger found in a sentence: tokens [First, End).</summary>
internal sealed record TriggerHit(TriggerEntry Entry, int First, int End, int Sentence)
{
    /// <summary>For an elliptical trigger ("..., but not Leopard tanks"), the first token of the
    /// trigger whose decision it negates.</summary>
    public int? Governing { get; init; }
}

/// <summary>The type and polarity a trigger's frame and verb group give.</summary>
internal sealed record FrameReading(EventType Type, Polarity Polarity, string Why)
{
    /// <summary>The actor is the supplier the recipient made a promise to ("Ukraine assured the
    /// U.S. it will not fire ... into Russia" is a RESTRICT by the United States).</summary>
    public bool ActorIsSupplier { get; init; }

    /// <summary>The actor is the speaker of the quotation ("Send us the jets").</summary>
    public bool ActorIsSpeaker { get; init; }

    /// <summary>"is sending": a PLEDGE for a named system or a package, a DELIVER for a general
    /// flow of weapons ("Berlin is supplying large amounts of weapons").</summary>
    public bool Ongoing { get; init; }

    /// <summary>A refusal or limit undone ("lifted a ban on"): the actor is the subject of the
    /// undoing verb, the event the authorization.</summary>
    public bool Reversal { get; init; }

    /// <summary>"could have used ..., but haven't": a counterfactual, not a hedge.</summary>
    public bool Counterfactual { get; init; }
}

/// <summary>One article's reading, sentence by sentence, keeping the discourse state (the supplier
/// and party in focus, the systems named so far). Created per article; never shared.</summary>
internal sealed class ArticleEventReader
{
    private readonly ArticleView _view;
    private readonly EventLexicon _lexicon;
    private readonly EventArguments _arguments;
    private readonly EventQualifiers _qualifiers;
    private readonly List<DecisionEvent> _events = [];

    public ArticleEventReader(ArticleView view, EventLexicon lexicon, WeaponLexicon weapons)
    {
        _view = view;
        _lexicon = lexicon;
        var attributions = new AttributionIndex(view.Analysis.Attributions);
        _arguments = new EventArguments(view, lexicon, weapons, attributions);
        _qualifiers = new EventQualifiers(view, lexicon, attributions, _arguments);
    }

    public IReadOnlyList<DecisionEvent> Read()
    {
        foreach (var sentence in _view.Sentences)
        {
            if (_view.TitleSentences.Contains(sentence.Index))
            {
                continue;
            }

            if (IsCumulativeTotal(sentence))
            {
                continue; // "brings the total to $10.6 billion" is a sum of earlier events, not one
            }

            var hits = FindTriggers(sentence);
            var found = new List<DecisionEvent>();

            // Requests last: a request with no named recipient is addressed to the supplier the
            // same sentence names ("... hasn't signed off requests for tanks which Ukraine wants").
            foreach (var hit in hits.OrderBy(h => h.Entry.Frame == EventFrame.Request ? 1 : 0))
            {
                foreach (var e in Interpret(hit, hits, found))
                {
                    if (!found.Exists(f => SameEvent(f, e)))
                    {
                        found.Add(e);
                    }
                }
            }

            found.AddRange([.. _qualifiers.ProvidedSystems(sentence, found)]);
            found.Sort((a, b) => a.Trigger.Start.CompareTo(b.Trigger.Start));
            _events.AddRange(found);
            _arguments.Observe(found);
        }

        return _events;
    }

    private bool IsCumulativeTotal(SentenceRange sentence)
    {
        var cumulative = false;
        var amount = false;
        for (var k = sentence.First; k < sentence.End; k++)
        {
            var w = _view.Words[k];
            cumulative |= _lexicon.Cumulative.Contains(w) || (w == "adds" && k + 1 < sentence.End && _view.Words[k + 1] == "to");

            // "It is the 19th time the Pentagon has provided equipment": a count of earlier events.
            if (w == "time" && k > sentence.First && _view.Words[k - 1] is { Length: > 2 } ordinal && char.IsDigit(ordinal[0]) && ordinal.EndsWith("th", StringComparison.Ordinal))
            {
                return true;
            }
            amount |= w is "$" or "£" or "€" or "billion" or "million";
        }

        return cumulative && amount;
    }

    private static bool SameEvent(DecisionEvent a, DecisionEvent b) =>
        a.Type == b.Type && a.Polarity == b.Polarity && a.Evidence == b.Evidence
        && string.Equals(a.Actor, b.Actor, StringComparison.Ordinal)
        && string.Equals(a.Recipient, b.Recipient, StringComparison.Ordinal)
        && string.Equals(a.System, b.System, StringComparison.Ordinal);

    private List<TriggerHit> FindTriggers(SentenceRange sentence)
    {
        var hits = new List<TriggerHit>();
        var i = sentence.First;
        while (i < sentence.End)
        {
            var (length, entry) = _lexicon.Triggers.LongestAt(_view.Words, i, sentence.End);
            if (entry is null || _view.Systems[i] is { Named: true } || (_view.Parties[i] is { } p && p.First == i && entry.Frame != EventFrame.Request))
            {
                i++;
                continue;
            }

            hits.Add(new TriggerHit(entry, i, i + length, sentence.Index));
            i += length;
        }

        // "sending Gepard tanks to Ukraine, but not Leopard tanks": the clause after "but not" is the
        // same decision, negated.
        foreach (var hit in hits.ToList())
        {
            if (hit.Entry.Frame is EventFrame.Supply or EventFrame.Pledge)
            {
                var (_, clauseEnd) = _view.ClauseBounds(hit.First);
                var k = clauseEnd;
                if (k < sentence.End && _view.Words[k] == ",")
                {
                    k++;
                }

                if (k + 1 < sentence.End && _view.Words[k] == "but" && _view.Words[k + 1] == "not" && !hits.Exists(h => h.First > k && h.First < k + 4))
                {
                    hits.Add(new TriggerHit(hit.Entry with { Options = hit.Entry.Options | TriggerOptions.Negative, Pattern = "but not" }, k + 1, k + 2, sentence.Index) { Governing = hit.First });
                }
            }
        }

        return hits;
    }

    private IEnumerable<DecisionEvent> Interpret(TriggerHit hit, List<TriggerHit> hits, List<DecisionEvent> sentenceEvents)
    {
        var entry = hit.Entry;
        var (clauseFirst, clauseEnd) = _view.ClauseBounds(hit.First);
        if (IsAbsorbed(hit, hits, clauseFirst) || IsConditional(hit, clauseFirst) || IsNounUseOfVerb(hit, clauseFirst) || IsGenericNoun(hit) || IsAnaphoricNoun(hit, hits) || IsNounCompound(hit) || IsReportOfClause(hit, clauseEnd))
        {
            return [];
        }

        var verbGroup = entry.Pattern == "but not"
            ? ReadEllipsis(hit, hits)
            : VerbGroup.Read(_view, hit.First, clauseFirst, entry.Form, _lexicon);

        // "Nor have fighter jets been sent ...": the negation opens the sentence, before the subject.
        var sentenceFirst = _view.Sentences[hit.Sentence].First;
        if (_view.Words[sentenceFirst] is "nor" or "neither" && hits[0] == hit)
        {
            verbGroup = verbGroup with { Negated = true };
        }
        if (IsGenericDecision(verbGroup))
        {
            return [];
        }

        var reading = Decide(hit, verbGroup, clauseFirst, clauseEnd);
        if (reading is null || !_arguments.IsAboutAid(hit, reading, clauseFirst, clauseEnd))
        {
            return [];
        }

        return _qualifiers.Build(hit, reading, verbGroup, clauseFirst, clauseEnd, sentenceEvents);
    }

    private VerbGroup ReadEllipsis(TriggerHit hit, List<TriggerHit> hits)
    {
        var governing = hits.Where(h => h.End <= hit.First && h.Entry.Frame is EventFrame.Supply or EventFrame.Pledge).Last();
        var (first, _) = _view.ClauseBounds(governing.First);
        var group = VerbGroup.Read(_view, governing.First, first, governing.Entry.Form, _lexicon);
        return group with { Negated = true };
    }

    /// <summary>A give-verb or use-verb in the complement of another trigger ("refused to send",
    /// "authorized Ukraine to use", "considering sending") belongs to that trigger's event.</summary>
    private bool IsAbsorbed(TriggerHit hit, List<TriggerHit> hits, int clauseFirst)
    {
        // "vows to limit U.S. aid": a commitment to a limit or a refusal is that limit or refusal.
        if (hit.Entry.Frame == EventFrame.Pledge && !hit.Entry.Has(TriggerOptions.Noun)
            && hits.Exists(h => h.First > hit.End && h.First - hit.End <= 2 && h.Entry.Frame is EventFrame.Restrict or EventFrame.Deny && _view.Words[h.First - 1] == "to"))
        {
            return true;
        }

        if (hit.Entry.Frame is not (EventFrame.Supply or EventFrame.Use or EventFrame.Receive or EventFrame.Arrive or EventFrame.Pledge or EventFrame.Authorize or EventFrame.Review or EventFrame.Restrict))
        {
            return false;
        }

        if (hit.Entry.Frame == EventFrame.Restrict && !hits.Exists(h => h.Entry.Frame == EventFrame.Authorize && h.End <= hit.First))
        {
            return false;
        }

        foreach (var other in hits)
        {
            if (other == hit || other.End > hit.First || hit.First - other.End > 9)
            {
                continue;
            }

            if (other.Entry.Frame is EventFrame.Supply or EventFrame.Receive or EventFrame.Arrive or EventFrame.Use)
            {
                continue;
            }

            if (hit.Entry.Frame is EventFrame.Pledge or EventFrame.Authorize && other.Entry.Frame is EventFrame.Pledge or EventFrame.Authorize)
            {
                continue;
            }

            if (hit.Entry.Frame == EventFrame.Review && (hit.Entry.Has(TriggerOptions.Noun) || hit.Entry.Has(TriggerOptions.Idiom) || other.Entry.Frame == EventFrame.Review))
            {
                continue;
            }

            // Same clause, or the next one when the governing trigger opened it ("pleading with the
            // West to send", "urged allies, including X, to send").
            var (otherFirst, _) = _view.ClauseBounds(other.First);
            if (otherFirst != clauseFirst && hit.First - other.End > 4)
            {
                continue;
            }

            // The complement is introduced by "to", "-ing", "for", "on", "against", "of", "in".
            // The complement starts right before the trigger: "refused to send", "asked X to send",
            // "warned against sending", "interest in providing".
            if (_view.Words[hit.First - 1] is "to" or "for" or "on" or "against" or "of" or "in" or "about"
                || (hit.First >= 3 && _view.Words[hit.First - 3] is "against" or "of" or "on" && _view.Words[hit.First - 2] is "the" or "any"))
            {
                return true;
            }

            // "considering sending": an -ing form right after the governing trigger.
            if (hit.First - other.End <= 1 && _view.Words[hit.First].EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }

            if (hit.First == other.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"lifted a ban on", "reverses Germany's earlier refusal": a nominal refusal or limit
    /// after a verb that undoes it.</summary>
    private bool Reversed(TriggerHit hit, int clauseFirst)
    {
        if (!hit.Entry.Has(TriggerOptions.Noun))
        {
            return false;
        }

        for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 5; k--)
        {
            if (_lexicon.Reversal.Contains(_view.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyNear(TriggerHit hit, int clauseFirst, int clauseEnd)
    {
        for (var k = Math.Max(clauseFirst, hit.First - 2); k < Math.Min(clauseEnd, hit.End + 3); k++)
        {
            if (_view.Words[k] == "only")
            {
                return true;
            }
        }

        return false;
    }

    private bool ButHaveNot(TriggerHit hit)
    {
        var s = _view.Sentences[hit.Sentence];
        for (var k = hit.End; k + 1 < s.End; k++)
        {
            if (_view.Words[k] == "but" && _view.Words[k + 1] is "haven't" or "hasn't" or "didn't" or "have" or "has" or "did"
                && (k + 2 >= s.End || _view.Words[k + 1].EndsWith("n't", StringComparison.Ordinal) || _view.Words[k + 2] is "not" or "never"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the most hotly debated part": a participle used as an adjective.</summary>
    private bool IsAdjectivalParticiple(TriggerHit hit, int clauseFirst)
    {
        if (hit.Entry.Form is not (VerbForm.PastOrParticiple or VerbForm.Participle))
        {
            return false;
        }

        for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 2; k--)
        {
            if (_view.Words[k] is "most" or "more" or "least" or "less" or "much-" or "widely" or "hotly")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the decision to permit the use of missiles is not a single technical call": a
    /// commitment noun with no party before it names a kind of decision, not one that was taken
    /// ("The U.S. decision to provide", "the EU's decision to supply" name theirs).</summary>
    private bool IsGenericDecision(VerbGroup group) =>
        group.Tense is VerbTense.GovernedInfinitive or VerbTense.GovernedGerund && group.GovernorIndex > 0
        && group.Governor is "decision" or "agreement" or "plan" or "plans" or "promise" or "commitment" or "move" or "effort"
        && _view.Words[group.GovernorIndex - 1] is "the" or "a" or "any" or "this" or "that"
        && _view.Parties[group.GovernorIndex - 1] is null;

    /// <summary>"the debate", "a review": a verb trigger used as a noun names a topic, not an act.</summary>
    private bool IsNounUseOfVerb(TriggerHit hit, int clauseFirst) => IsAdjectivalParticiple(hit, clauseFirst) ||
        !hit.Entry.Has(TriggerOptions.Noun) && !hit.Entry.Has(TriggerOptions.Idiom) && hit.Entry.Form is VerbForm.Base or VerbForm.ThirdPerson
        && hit.First > clauseFirst && _view.Words[hit.First - 1] is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "these" or "those" or "such" or "any" or "for" or "of" or "in" or "continued" or "further" or "new" or "additional" or "planned" or "future" or "weapons" or "arms";

    /// <summary>"announced on Sunday that ...", "announced it will send": a report of a clause; the
    /// trigger inside the clause is the event.</summary>
    private bool IsReportOfClause(TriggerHit hit, int clauseEnd)
    {
        if (!hit.Entry.Has(TriggerOptions.Report))
        {
            return false;
        }

        var k = hit.End;
        while (k < clauseEnd && (_view.Times[k] is not null || _view.Words[k] is "on" or "in" or "last" or "this"))
        {
            k++;
        }

        return k < clauseEnd && (_view.Words[k] == "that" || _view.Parties[k] is not null);
    }

    private bool IsReducedBeing(TriggerHit hit, int clauseFirst)
    {
        var k = hit.First - 1;
        while (k >= clauseFirst && _lexicon.Adverb.Contains(_view.Words[k]))
        {
            k--;
        }

        if (k < clauseFirst || _view.Words[k] != "being")
        {
            return false;
        }

        k--;
        while (k >= clauseFirst && _lexicon.Adverb.Contains(_view.Words[k]))
        {
            k--;
        }

        return k >= clauseFirst && _view.Systems[k] is { Pronoun: false };
    }

    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "line", "lines", "route", "routes", "chain", "chains", "depot", "depots", "hub", "hubs", "convoy", "convoys", "center", "centre", "centers", "centres", "base", "bases", "corridor", "corridors",
    };

    /// <summary>"Russian supply lines", "delivery routes": a trigger word in a noun compound names a thing, not an act.</summary>
    private bool IsNounCompound(TriggerHit hit) =>
        hit.End - hit.First == 1 && hit.End < _view.Words.Length && _view.Words[hit.First] is "supply" or "delivery" or "transfer" && CompoundHeads.Contains(_view.Words[hit.End]);

    /// <summary>"Biden allowed Ukraine to fire ..., but that permission did not extend to ATACMS": a
    /// nominal trigger after "that"/"this" names the decision an earlier trigger of the same frame in
    /// the sentence reported, not a second one (what follows it qualifies that decision).</summary>
    private bool IsAnaphoricNoun(TriggerHit hit, List<TriggerHit> hits) =>
        hit.Entry.Has(TriggerOptions.Noun) && hit.First > 0 && _view.Words[hit.First - 1] is "that" or "this"
        && hits.Exists(h => h.First < hit.First && h.Entry.Frame == hit.Entry.Frame);

    /// <summary>"any discussion over what weapons should be given": a nominal trigger after "any"
    /// names no act.</summary>
    private bool IsGenericNoun(TriggerHit hit) =>
        hit.Entry.Has(TriggerOptions.Noun) && hit.First > 0 && _view.Words[hit.First - 1] is "any";

    /// <summary>"Asked if the UK would support ...", "whether to send": a question or a condition,
    /// not a report that it happened.</summary>
    private bool IsConditional(TriggerHit hit, int clauseFirst)
    {
        if (hit.Entry.Frame == EventFrame.Review || hit.Entry.Has(TriggerOptions.Idiom))
        {
            return false;
        }

        for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 6; k--)
        {
            if (_lexicon.Conditional.Contains(_view.Words[k]) && !(k + 1 < _view.Words.Length && _lexicon.NotConditional.Contains(_view.Words[k + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The event type and polarity from the trigger's frame and verb group (triggers.txt
    /// documents the frames). Null when the trigger, read in context, reports no decision
    /// ("too escalatory to provide", "the decision to permit ... is not a single call").</summary>
    private FrameReading? Decide(TriggerHit hit, VerbGroup group, int clauseFirst, int clauseEnd)
    {
        var entry = hit.Entry;
        var negated = entry.Has(TriggerOptions.Negative) || group.Negated;
        var polarity = negated ? Polarity.Negative : Polarity.Positive;
        var why = group.Describe();
        switch (entry.Frame)
        {
            case EventFrame.Supply:
                return DecideSupply(hit, group, negated, clauseFirst);
            case EventFrame.Receive:
            case EventFrame.Arrive:
                if (group.Tense is VerbTense.Infinitive or VerbTense.Gerund && !entry.Has(TriggerOptions.Idiom))
                {
                    return null;
                }

                return new FrameReading(EventType.Deliver, polarity, why);
            case EventFrame.Pledge:
                return new FrameReading(EventType.Pledge, polarity, why);
            case EventFrame.Authorize:
                if (group.Tense is VerbTense.Infinitive or VerbTense.Gerund && !entry.Has(TriggerOptions.Idiom))
                {
                    return null; // "the decision to permit ...", "Western backing"
                }

                // "pushed back to 2024": "back" is a particle unless it is inflected or after an auxiliary.
                if (entry.Pattern == "~back" && entry.Form == VerbForm.Base && group.Tense is VerbTense.Present or VerbTense.Imperative)
                {
                    return null;
                }

                // "authorizes Ukraine to only hit Russian targets in occupied Ukraine": a limit.
                for (var k = hit.End; k < clauseEnd; k++)
                {
                    if (_view.Words[k] == "only")
                    {
                        return new FrameReading(EventType.Restrict, Polarity.Positive, why + ", only");
                    }
                }

                return new FrameReading(EventType.Authorize, polarity, why);
            case EventFrame.Restrict when Reversed(hit, clauseFirst):
                return new FrameReading(EventType.Authorize, Polarity.Positive, why + ", limit lifted") { Reversal = true };
            case EventFrame.Restrict:
                return new FrameReading(EventType.Restrict, polarity, why);
            case EventFrame.Deny when Reversed(hit, clauseFirst):
                return new FrameReading(EventType.Authorize, Polarity.Positive, why + ", refusal reversed") { Reversal = true };
            case EventFrame.Deny:
                return new FrameReading(EventType.Deny, polarity, why);
            case EventFrame.Review:
                // "systems currently considered too escalatory": regarded as, not weighed.
                if (group.Passive || entry.Form is VerbForm.PastOrParticiple && hit.End < _view.Words.Length
                    && _view.Words[hit.End] is "too" or "more" or "less" or "as" or "to" or "a" or "an" or "very" or "highly" or "the" or "escalatory" or "likely")
                {
                    if (hit.End < _view.Words.Length && _view.Words[hit.End] is not ("," or "." or "by" or "for" or "and"))
                    {
                        return null;
                    }
                }

                // "what the U.S. considers medium-range rockets": regards as, not weighs.
                for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 4; k--)
                {
                    if (_view.Words[k] == "what")
                    {
                        return null;
                    }
                }

                return new FrameReading(EventType.Review, polarity, why);
            case EventFrame.Request:
                // "We need ATACMS": a need is a request when the speaker names the weapon right away.
                if (entry.Has(TriggerOptions.FirstPerson) && (!_arguments.HasFirstPersonSubject(hit, clauseFirst) || !(hit.End < clauseEnd && _view.Systems[hit.End] is { Pronoun: false })))
                {
                    return null;
                }

                return new FrameReading(EventType.Request, polarity, why);
            case EventFrame.Warn:
                // "warned their forces will not get involved": a statement about one's own acts.
                for (var k = hit.End; k < clauseEnd && k < hit.End + 3; k++)
                {
                    if (_view.Parties[k] is { Kind: PartyRefKind.Pronoun } own && _view.Words[own.First] is "their" or "its" or "our")
                    {
                        return null;
                    }
                }

                return new FrameReading(EventType.Warn, polarity, why);
            case EventFrame.Use:
                // "the range to be used over borders": an infinitive is a use only after "likely",
                // "able", "going" and their kind.
                if (group.Tense == VerbTense.Infinitive && !(group.Hedged || group.Governor is "able" or "going" or "expected" or "set" or "plans" or "plan" or "intends" or "wants" or "want"))
                {
                    return null;
                }

                // "using Himars effectively will rely on ...": a gerund subject names a use, it reports none.
                if (group.Tense == VerbTense.Gerund && !(hit.First > clauseFirst && _view.Words[hit.First - 1] == ","))
                {
                    return null;
                }

                // "other rocket systems that Ukrainian forces currently use": a description.
                if (group.Tense == VerbTense.Present && !group.Negated)
                {
                    return null;
                }

                // "they could already have used the HIMARS ... to hit Russian territory, but haven't".
                if (ButHaveNot(hit))
                {
                    return new FrameReading(EventType.Use, Polarity.Negative, why + ", but have not") { Counterfactual = true };
                }

                // "would be used only inside Ukrainian sovereign territory": a limit the supplier keeps.
                if (!group.Negated && !group.IsPastLike && OnlyNear(hit, clauseFirst, clauseEnd))
                {
                    return new FrameReading(EventType.Restrict, Polarity.Positive, why + ", only") { ActorIsSupplier = true };
                }

                if (group.Negated && _arguments.HasTargetInRussia(hit.End, clauseEnd) && !group.IsPastLike)
                {
                    // A promise not to use a weapon against Russia is a limit the supplier keeps.
                    return new FrameReading(EventType.Restrict, Polarity.Positive, "negated use inside Russia") { ActorIsSupplier = true };
                }

                return new FrameReading(EventType.Use, polarity, why);
            case EventFrame.Deploy:
                return new FrameReading(EventType.Deploy, polarity, why);
            case EventFrame.Support:
                if ((entry.Form == VerbForm.Gerund && group.Tense == VerbTense.Gerund) || negated)
                {
                    return null; // "would need training", "pilots aren't trained on them": a need, not support given
                }

                return new FrameReading(EventType.Support, polarity, why);
            default:
                return null;
        }
    }

    /// <summary>
    /// Give-verbs take their type from the verb group: a commitment ("will send", "decided to
    /// send", "is sending") is a PLEDGE and its negation a DENY (a refusal); a completed transfer
    /// ("has sent", "were sent") is a DELIVER and its negation a DELIVER negative; a future passive
    /// ("will be provided") is an expected DELIVER.
    /// </summary>
    private FrameReading? DecideSupply(TriggerHit hit, VerbGroup group, bool negated, int clauseFirst)
    {
        var why = group.Describe();

        // "had given 'a green light'": giving permission is an authorization, found by its own trigger.
        for (var k = hit.End; k < hit.End + 4 && k < _view.Words.Length; k++)
        {
            var (_, next) = _lexicon.Triggers.LongestAt(_view.Words, k, Math.Min(_view.Words.Length, k + 6));
            if (next is { Frame: EventFrame.Authorize, Options: var o } && (o & TriggerOptions.Noun) != 0)
            {
                return null;
            }
        }

        // "send troops": forces sent somewhere.
        for (var k = hit.End; k < hit.End + 4 && k < _view.Words.Length && _view.SentenceOf[k] == hit.Sentence; k++)
        {
            if (_lexicon.Forces.Contains(_view.Words[k]) && !(k + 1 < _view.Words.Length && _view.Words[k + 1] == "with"))
            {
                return group.Tense is VerbTense.Infinitive or VerbTense.Gerund ? null : new FrameReading(EventType.Deploy, negated ? Polarity.Negative : Polarity.Positive, why + ", forces");
            }
        }

        switch (group.Tense)
        {
            case VerbTense.Future when group.Passive:
                return new FrameReading(EventType.Deliver, negated ? Polarity.Negative : Polarity.Positive, why);
            case VerbTense.PresentProgressive when !negated:
                // "the package it is sending" is a commitment; "Iran is supplying Russia with
                // missiles" an ongoing delivery.
                return new FrameReading(EventType.Pledge, Polarity.Positive, why) { Ongoing = true };
            case VerbTense.Future or VerbTense.GovernedInfinitive or VerbTense.GovernedGerund or VerbTense.PresentProgressive:
                return negated ? new FrameReading(EventType.Deny, Polarity.Positive, why) : new FrameReading(EventType.Pledge, Polarity.Positive, why);
            case VerbTense.Modal:
                return negated ? new FrameReading(EventType.Deny, Polarity.Positive, why) : new FrameReading(EventType.Pledge, Polarity.Positive, why);
            case VerbTense.Present when group.Passive && IsReducedBeing(hit, clauseFirst):
                return null; // "weapons now being supplied by allies": a description of the weapons
            case VerbTense.Present:
                return negated ? new FrameReading(EventType.Deny, Polarity.Positive, why) : new FrameReading(EventType.Deliver, Polarity.Positive, why);
            case VerbTense.Past when hit.Entry.Form == VerbForm.PastOrParticiple && hit.First > clauseFirst
                && (_view.Systems[hit.First - 1] is { Pronoun: false } || (_view.Words[hit.First - 1] == "," && hit.First - 2 >= clauseFirst && _view.Systems[hit.First - 2] is not null)):
                // "advanced rocket systems supplied by the US": a participle describing the weapon.
                return null;
            case VerbTense.Perfect or VerbTense.Past or VerbTense.PastProgressive:
                return new FrameReading(EventType.Deliver, negated ? Polarity.Negative : Polarity.Positive, why);
            case VerbTense.Gerund:
                if (group.Never)
                {
                    return new FrameReading(EventType.Deliver, Polarity.Negative, why);
                }

                // "under attack for not sending Ukraine enough weapons": a reason named, not a refusal.
                if (negated && !(hit.First >= 2 && _view.Words[hit.First - 2] is "for" or "of" or "about" or "over"))
                {
                    return new FrameReading(EventType.Deny, Polarity.Positive, why);
                }

                if (negated)
                {
                    return null;
                }

                // ", providing thousands of anti-tank missiles": a participle clause that goes
                // with a completed main verb.
                return hit.First > clauseFirst && _view.Words[hit.First - 1] == "," ? new FrameReading(EventType.Deliver, Polarity.Positive, why) : null;
            case VerbTense.Imperative:
                return hit.End < _view.Words.Length && _view.Words[hit.End] is "us" or "me"
                    ? new FrameReading(EventType.Request, Polarity.Positive, "imperative to the supplier") { ActorIsSpeaker = true }
                    : null;
            default:
                return null;
        }
    }
}
