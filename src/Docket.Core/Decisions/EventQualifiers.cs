using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Core.Decisions;

/// <summary>
/// Assembles the events of one trigger: its roles (one event per actor, recipient and system),
/// and its qualifiers.
/// <list type="bullet">
/// <item>Certainty: hedged (a hedge in the verb group: "likely", "could") over expected (a future
/// delivery, deployment, request or review, or "expected to") over reported (inside an
/// attribution, or a reporting trigger such as "announced") over asserted. A request or warning
/// stated by its own author ("Send us the jets," Zelenskyy said) is asserted with the speaker as
/// source (GOLD-FORMAT.md conventions).</item>
/// <item>Sources: the attribution chain's names; for a reporting trigger its subject; for an
/// asserted speech act by a person or body ("Mr Scholz pledges") that person or body.</item>
/// <item>Date: the time expression of the trigger's clause, else one in the sentence outside the
/// other triggers' clauses ("reported Sunday"); bounds ("since February") are no date; null
/// otherwise (ongoing states).</item>
/// <item>Scope: the use limit ("against targets inside Russia") for use events, else the words of
/// the decision's object.</item>
/// </list>
/// </summary>
internal sealed class EventQualifiers
{
    private readonly ArticleView _view;
    private readonly EventLexicon _lexicon;
    private readonly AttributionIndex _attributions;
    private readonly EventArguments _arguments;

    public EventQualifiers(ArticleView view, EventLexicon lexicon, AttributionIndex attributions, EventArguments arguments)
    {
        _view = view;
        _lexicon = lexicon;
        _attributions = attributions;
        _arguments = arguments;
    }

    public IEnumerable<DecisionEvent> Build(TriggerHit hit, FrameReading reading, VerbGroup group, int clauseFirst, int clauseEnd, List<DecisionEvent> sentenceEvents)
    {
        var actors = Actors(hit, reading, group, clauseFirst, clauseEnd);
        if (actors.Count == 0)
        {
            return [];
        }

        var passive = IsPassive(hit, group, clauseEnd);
        var themeFirst = (passive && !_arguments.PartySubject(hit, clauseFirst)) || hit.Entry.Frame == EventFrame.Arrive
            || (hit.Entry.Has(TriggerOptions.Idiom) && hit.Entry.Frame is EventFrame.Deny or EventFrame.Review && BeBefore(hit.First, clauseFirst));
        var (names, general, _) = _arguments.Systems(hit, clauseFirst, clauseEnd, themeFirst);
        var systems = new List<string?>(names);
        if (systems.Count == 0 || (general && reading.Type is not (EventType.Request or EventType.Use)))
        {
            systems.Add(null);
        }

        if (reading.Type is EventType.Warn or EventType.Deploy)
        {
            systems = [null];
        }


        // "the package it is sending", "is sending Gepard tanks" commit to something named; "is
        // supplying large amounts of weapons" is a flow of deliveries.
        if (reading.Ongoing && names.Count == 0 && !HasAidWord(clauseFirst, clauseEnd))
        {
            reading = reading with { Type = EventType.Deliver, Why = reading.Why + ", ongoing flow" };
        }

        // "..., but not Leopard or Marder tanks": the contrasted systems are not the ones named before "but".
        if (hit.Governing is { } governingFirst)
        {
            var (gFirst, gEnd) = _view.ClauseBounds(governingFirst);
            var governingNames = _arguments.Systems(hit with { First = governingFirst, End = governingFirst + 1 }, gFirst, gEnd).Names;
            systems.RemoveAll(n => n is not null && governingNames.Contains(n));
            if (systems.Count == 0)
            {
                systems.Add(null);
            }
        }

        var aspect = AspectOf(hit, reading, clauseEnd);
        var sentence = _view.Sentences[hit.Sentence];
        var triggerSpan = _view.SpanOf(hit.First, hit.End);
        var date = Date(hit, clauseFirst, clauseEnd);
        var scope = Scope(hit, reading, aspect, clauseEnd);
        var isChange = IsChange(sentence);
        var events = new List<DecisionEvent>();
        foreach (var actor in actors)
        {
            var (certainty, sources) = CertaintyAndSources(hit, reading, group, actor);
            foreach (var recipient in Recipients(hit, reading, actor, clauseFirst, clauseEnd, aspect, sentenceEvents, names.Count > 0))
            {
                if (recipient is not null && string.Equals(recipient, actor.Party, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var system in systems)
                {
                    events.Add(new DecisionEvent
                    {
                        Type = reading.Type,
                        Actor = actor.Party,
                        Recipient = recipient,
                        System = system,
                        Aspect = aspect,
                        Polarity = reading.Polarity,
                        Certainty = certainty,
                        Scope = scope,
                        Date = date,
                        Sources = sources,
                        Evidence = sentence.Span,
                        Trigger = triggerSpan,
                        IsChange = isChange && reading.Type is not (EventType.Request or EventType.Warn),
                        Rule = $"{hit.Entry.RuleName} [{reading.Why}] -> {GoldNames.Of(reading.Type)}; actor by {actor.Rule}",
                    });
                }
            }
        }

        AddSupportCompanions(hit, reading, clauseFirst, clauseEnd, events);
        return events;
    }

    /// <summary>
    /// "the US-provided HIMARS", "British-supplied Storm Shadow missiles": a named system that a
    /// party is said to have supplied is a delivery by that party, stated in passing. One DELIVER
    /// per (party, system) the sentence's other events do not already hold; the recipient is
    /// Ukraine, the recipient of every article's aid; no date (the phrase gives none).
    /// </summary>
    public IEnumerable<DecisionEvent> ProvidedSystems(SentenceRange sentence, IReadOnlyList<DecisionEvent> found)
    {
        for (var k = sentence.First; k < sentence.End - 1; k++)
        {
            if (SupplierOfParticiple(k) is not { } supplier)
            {
                continue;
            }

            // The named system the phrase heads: right after the participle, or after a few modifiers.
            string? system = null;
            for (var j = k + 1; j < sentence.End && j <= k + 4 && system is null; j++)
            {
                if (_view.Systems[j] is { Named: true, Name: { } name })
                {
                    system = name;
                }
                else if (!WeaponLexicon.Default.Adjectives.Contains(_view.Words[j]) && WeaponLexicon.Default.Modifiers.LongestAt(_view.Words, j, j + 1).Value is null)
                {
                    break;
                }
            }

            if (system is null || string.Equals(supplier, EventArguments.Ukraine, StringComparison.Ordinal)
                || found.Any(e => e.Type is EventType.Deliver or EventType.Pledge && e.System == system && e.Actor == supplier))
            {
                continue;
            }

            var chain = _attributions.Chain(_view.Tokens[k].Span.Start);
            yield return new DecisionEvent
            {
                Type = EventType.Deliver,
                Actor = supplier,
                Recipient = EventArguments.Ukraine,
                System = system,
                Aspect = Aspect.Transfer,
                Polarity = Polarity.Positive,
                Certainty = chain.Count > 0 ? Certainty.Reported : Certainty.Asserted,
                Sources = [.. chain.Select(c => c.Name)],
                Evidence = sentence.Span,
                Trigger = _view.Tokens[k].Span,
                Rule = "provided:PARTY-provided SYSTEM [past participle] -> DELIVER; actor by the hyphenated party",
            };
        }
    }

    private static readonly string[] SupplyParticiples = ["provided", "supplied", "donated", "delivered", "sent"];

    /// <summary>The party of "US-provided" (one token) or "U.S. - supplied" (three) ending at token k.</summary>
    private string? SupplierOfParticiple(int k)
    {
        var w = _view.Words[k];
        if (Array.IndexOf(SupplyParticiples, w) >= 0)
        {
            return _view.PartyBeforeHyphen(k);
        }

        var dash = w.LastIndexOf('-');
        if (dash <= 0 || Array.IndexOf(SupplyParticiples, w[(dash + 1)..]) < 0)
        {
            return null;
        }

        var start = _view.Tokens[k].Span.Start;
        foreach (var m in _view.Analysis.Entities)
        {
            if (m.Span.Start == start && m.Span.End == start + dash)
            {
                return m.ActsFor ?? (PartyLexicon.Default.Governments.Contains(m.CanonicalName) ? m.CanonicalName : null);
            }
        }

        return null;
    }
    private static readonly HashSet<string> SupportNouns = new(StringComparer.Ordinal) { "intelligence" };

    /// <summary>"the weapons and intelligence that the West has been providing": what is supplied
    /// includes enabling support, which is a SUPPORT event beside the delivery.</summary>
    private void AddSupportCompanions(TriggerHit hit, FrameReading reading, int clauseFirst, int clauseEnd, List<DecisionEvent> events)
    {
        if (hit.Entry.Frame != EventFrame.Supply || reading.Type is not (EventType.Deliver or EventType.Pledge) || events.Count == 0)
        {
            return;
        }

        var found = false;
        for (var k = hit.End; k < _arguments.ObjectEnd(hit.End, clauseEnd) && !found; k++)
        {
            found = SupportNouns.Contains(_view.Words[k]);
        }

        for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 8 && !found; k--)
        {
            found = SupportNouns.Contains(_view.Words[k]) && Enumerable.Range(k, hit.First - k).Any(m => _view.Words[m] is "that" or "which");
        }

        if (!found)
        {
            return;
        }

        foreach (var e in events.Where(e => e.Polarity == Polarity.Positive).DistinctBy(e => (e.Actor, e.Recipient)).ToList())
        {
            events.Add(e with { Type = EventType.Support, System = null, Aspect = Aspect.Use, Rule = e.Rule + "; support supplied with it" });
        }
    }

    // ---------- roles ----------

    private List<RoleFiller> Actors(TriggerHit hit, FrameReading reading, VerbGroup group, int clauseFirst, int clauseEnd)
    {
        var entry = hit.Entry;
        List<RoleFiller> found;
        if (reading.ActorIsSpeaker)
        {
            return _arguments.SpeakerParty(hit.First) is { } speaker ? [speaker] : [];
        }

        if (reading.ActorIsSupplier)
        {
            var sentence = _view.Sentences[hit.Sentence];
            for (var k = sentence.First; k < hit.First; k++)
            {
                if (_view.Words[k] is "promised" or "assured" or "assurances" or "pledged" or "guaranteed")
                {
                    var promisee = _arguments.ObjectParty(k + 1, hit.First).Concat(_arguments.PartiesAfter(k + 1, hit.First, "to")).FirstOrDefault();
                    if (promisee is not null && promisee.Party != EventArguments.Ukraine)
                    {
                        return [promisee with { Rule = "promisee" }];
                    }
                }
            }

            var speakerParty = _arguments.SpeakerParty(hit.First);
            if (speakerParty is not null && speakerParty.Party != EventArguments.Ukraine)
            {
                return [speakerParty];
            }

            return _arguments.FocusSupplier is { } focus ? [new RoleFiller(focus, null, "supplier in focus")] : [];
        }

        if (entry.Has(TriggerOptions.Speaker))
        {
            var speakerParty = _arguments.SpeakerParty(hit.First);
            if (speakerParty is not null && speakerParty.Party != EventArguments.Ukraine)
            {
                return [speakerParty];
            }

            var focus = _arguments.FocusSupplier ?? _arguments.FocusParty;
            return focus is null ? [] : [new RoleFiller(focus, null, "supplier in focus")];
        }

        switch (entry.Frame)
        {
            case EventFrame.Receive:
                found = _arguments.PartiesAfter(hit.End, clauseEnd, "from", "by");
                if (found.Count == 0)
                {
                    // "Ukraine will receive two of eight batteries that the U.S. has committed to":
                    // the other party the sentence names supplies them.
                    var sentence = _view.Sentences[hit.Sentence];
                    found = _arguments.OtherParties(hit.End, sentence.End, [EventArguments.Ukraine]).Take(1).ToList();
                }

                return found.Count > 0 ? found : Focus();
            case EventFrame.Arrive:
                found = _arguments.PartiesAfter(hit.End, clauseEnd, "from");
                return found.Count > 0 ? found : Focus();
        }

        if (reading.Type == EventType.Use)
        {
            // The recipient of aid uses it; a use by anyone else ("the Kremlin using long-range
            // artillery") is no decision event.
            found = _arguments.Subject(hit, clauseFirst, allowSentence: false);
            if (found.Count == 0 && !group.Passive && MentionsUkraineNear(hit))
            {
                found = [new RoleFiller(EventArguments.Ukraine, null, "the recipient uses")];
            }

            found.RemoveAll(f => !_arguments.IsRecipient(f.Party));
            return found;
        }

        if (reading.Type == EventType.Deploy)
        {
            for (var k = clauseFirst + 1; k < clauseEnd; k++)
            {
                if (_view.Words[k] is "troops" or "forces" or "soldiers" or "personnel" or "units" or "pilots" && _view.Parties[k - 1] is { Kind: PartyRefKind.Named, Party: not null } nationality)
                {
                    return [new RoleFiller(nationality.Party, nationality, "nationality of the forces")];
                }
            }
        }

        if (entry.Pattern.EndsWith(" by", StringComparison.Ordinal))
        {
            found = _arguments.PartiesAfter(hit.End - 1, clauseEnd, "by");
            if (found.Count > 0)
            {
                return found;
            }
        }

        if (IsPassive(hit, group, clauseEnd))
        {
            found = _arguments.PartiesAfter(hit.End, clauseEnd, "by");
            return found.Count > 0 ? found : Focus();
        }

        if (entry.Frame == EventFrame.Support)
        {
            // "planned with US assistance": the party inside the trigger provides it.
            for (var k = hit.First; k < hit.End; k++)
            {
                if (_view.Parties[k] is { Kind: PartyRefKind.Named, Party: not null } provider)
                {
                    return [new RoleFiller(provider.Party, provider, "party in the trigger")];
                }
            }
        }

        if (entry.Has(TriggerOptions.Noun))
        {
            if (_arguments.Possessor(hit.First, clauseFirst) is { } owner)
            {
                return [owner with { Rule = "possessor" }];
            }

            found = _arguments.PartiesAfter(hit.End, Math.Min(clauseEnd, hit.End + 3), "from", "by");
            if (found.Count > 0)
            {
                return found;
            }
        }

        if (hit.Governing is { } governing)
        {
            var (governingClause, _) = _view.ClauseBounds(governing);
            found = _arguments.Subject(hit with { First = governing }, governingClause);
        }
        else
        {
            found = _arguments.Subject(hit, clauseFirst);
        }

        if (found.Count == 0 && reading.Type is EventType.Restrict or EventType.Authorize && _arguments.WeaponOrigin(clauseFirst, clauseEnd) is { } origin)
        {
            found = [new RoleFiller(origin, null, "origin of the weapon")];
        }

        // With no party as subject, the supplier in focus acts only where the subject is the aid
        // itself ("The package includes ...") or there is no subject to find (nouns, idioms).
        if (found.Count == 0 && reading.Type is EventType.Pledge or EventType.Deliver or EventType.Authorize or EventType.Deny or EventType.Review or EventType.Restrict or EventType.Support
            && (entry.Has(TriggerOptions.Noun) || entry.Has(TriggerOptions.Idiom) || hit.Governing is not null || _arguments.SubjectIsAid(clauseFirst, hit.First)))
        {
            found = Focus();
        }

        // The recipient does not supply, authorize or refuse its own aid.
        if (reading.Type is EventType.Pledge or EventType.Deliver or EventType.Authorize or EventType.Deny or EventType.Restrict)
        {
            found.RemoveAll(f => f.Party == EventArguments.Ukraine);
        }

        return found;
    }

    /// <summary>A passive verb group, or a participle after its noun ("a package approved by
    /// Biden", "the 11th package approved so far").</summary>
    private bool IsPassive(TriggerHit hit, VerbGroup group, int clauseEnd)
    {
        if (group.Passive)
        {
            return true;
        }

        if (hit.Entry.Form is not (VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.Participle) || group.Tense is not (VerbTense.Past or VerbTense.Perfect))
        {
            return false;
        }

        if (hit.End < clauseEnd && _view.Words[hit.End] == "by")
        {
            return true;
        }

        // Right after a weapon or package noun with no auxiliary between: a reduced relative.
        return group.Tense == VerbTense.Past && hit.First > 0 && (_view.Systems[hit.First - 1] is { Pronoun: false } || _view.Words[hit.First - 1] is "package" or "packages" or "aid" or "assistance");
    }

    /// <summary>"X is likely still off the table": a form of "be" before the trigger, past adverbs and hedges.</summary>
    private bool BeBefore(int trigger, int clauseFirst)
    {
        for (var k = trigger - 1; k >= clauseFirst && k >= trigger - 4; k--)
        {
            var w = _view.Words[k];
            if (_lexicon.Be.Contains(w))
            {
                return true;
            }

            if (!_lexicon.Adverb.Contains(w) && !_lexicon.Hedge.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    private bool HasAidWord(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_view.Words[k] is "package" or "packages" or "aid" or "assistance")
            {
                return true;
            }
        }

        return false;
    }

    private bool MentionsUkraineNear(TriggerHit hit)
    {
        var sentence = _view.Sentences[hit.Sentence];
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (_view.Parties[k] is { Party: EventArguments.Ukraine })
            {
                return true;
            }
        }

        return false;
    }

    private List<RoleFiller> Focus() =>
        _arguments.FocusSupplier is { } focus ? [new RoleFiller(focus, null, "supplier in focus")] : [];

    private List<string?> Recipients(TriggerHit hit, FrameReading reading, RoleFiller actor, int clauseFirst, int clauseEnd, Aspect? aspect, List<DecisionEvent> sentenceEvents, bool namesSystem)
    {
        var sentence = _view.Sentences[hit.Sentence];
        var except = new List<string> { actor.Party };
        List<RoleFiller> found;
        switch (reading.Type)
        {
            case EventType.Use:
                return [null];
            case EventType.Request:
                found = hit.Entry.Has(TriggerOptions.Noun)
                    ? _arguments.PartiesAfter(hit.End, clauseEnd, "to", "from")
                    : _arguments.ObjectParty(hit.End, clauseEnd, addressee: true);
                if (found.Count == 0 && !hit.Entry.Has(TriggerOptions.Noun))
                {
                    found = _arguments.PartiesAfter(hit.End, clauseEnd, "from", "with");
                }

                if (found.Count == 0)
                {
                    found = ForPartiesTo(hit.End, clauseEnd);
                }

                if (found.Count == 0 && (hit.Entry.Has(TriggerOptions.Noun) || hit.Entry.Form == VerbForm.Gerund))
                {
                    // "an official note to Israel requesting air defense weapons".
                    found = _arguments.PartiesAfter(Math.Max(sentence.First, hit.First - 4), hit.First, "to");
                }

                found.RemoveAll(f => f.Party == actor.Party);
                if (found.Count > 0)
                {
                    return [.. found.Select(f => (string?)f.Party)];
                }

                // Only the recipient's requests have a default addressee; a supplier's request
                // ("urging the Defense Department to weigh ...") must name whom it asks.
                if (actor.Party != EventArguments.Ukraine)
                {
                    return [];
                }

                if (_arguments.RefersToDecision(hit) && _arguments.FocusSupplier is { } decider)
                {
                    return [decider];
                }

                var supplier = sentenceEvents.FirstOrDefault(e => e.Type is not (EventType.Request or EventType.Warn or EventType.Use) && e.Actor is not null && e.Actor != actor.Party);
                if (supplier is not null)
                {
                    return [supplier.Actor];
                }

                if (_arguments.SpeakerParty(hit.First) is { } speaker && speaker.Party != actor.Party && speaker.Party != EventArguments.Ukraine)
                {
                    return [speaker.Party];
                }

                // Permission to use, or a named system, is asked of the supplier the article is about.
                if ((aspect == Aspect.Use || namesSystem) && _arguments.FocusSupplier is { } focus && focus != actor.Party)
                {
                    return [focus];
                }

                return [EventArguments.WesternPartners];
            case EventType.Warn:
                except.Add(EventArguments.Ukraine);
                found = _arguments.ObjectParty(hit.End, clauseEnd, addressee: true);
                found.RemoveAll(f => except.Contains(f.Party));
                if (found.Count == 0)
                {
                    found = _arguments.OtherParties(hit.End, sentence.End, except).Take(1).ToList();
                }

                if (found.Count == 0)
                {
                    found = NearestCoordinatedBefore(sentence.First, hit.First, except);
                }

                // "speaking in Saudi Arabia": a place is not the warned party.
                found.RemoveAll(f => f.From is { } at && at.First > 0 && _view.Words[at.First - 1] is "in" or "at");
                if (found.Count == 0 && _arguments.FocusSupplier is { } warned && !except.Contains(warned))
                {
                    return [warned];
                }

                return found.Count > 0 ? [.. found.Select(f => (string?)f.Party)] : [EventArguments.WesternPartners];
            case EventType.Deploy:
                found = _arguments.OtherParties(hit.End, clauseEnd, except);
                if (found.Count > 0)
                {
                    return [found[0].Party];
                }

                if (_arguments.Possessor(hit.First, clauseFirst) is { } owner && owner.Party != actor.Party)
                {
                    return [owner.Party];
                }

                return [EventArguments.Ukraine];
        }

        if (hit.Entry.Frame == EventFrame.Receive)
        {
            found = _arguments.Subject(hit, clauseFirst);
            return found.Count > 0 ? [found[0].Party] : [EventArguments.Ukraine];
        }

        // The final destination: "cleared Lithuania ... to send ... to Ukraine" is for Ukraine.
        var objectEnd = _arguments.ObjectEnd(hit.End, clauseEnd);
        found = LastDestination(hit.End, objectEnd);

        // "consulting with allies": those who deliberate with the actor are not the recipient.
        if (found.Count == 0 && hit.Entry.Frame is not (EventFrame.Arrive or EventFrame.Review))
        {
            found = _arguments.ObjectParty(hit.End, clauseEnd);
        }

        if (found.Count == 0)
        {
            found = _arguments.PartiesAfter(hit.End, objectEnd, "for");
        }

        found.RemoveAll(f => f.Party == actor.Party);
        if (found.Count > 0)
        {
            return [.. found.Select(f => (string?)f.Party).Distinct()];
        }

        return [_view.MentionsUkraine && actor.Party != EventArguments.Ukraine ? EventArguments.Ukraine : null];
    }

    private List<RoleFiller> LastDestination(int first, int end)
    {
        var result = new List<RoleFiller>();
        for (var k = first; k < end; k++)
        {
            if (_view.Words[k] is "to" or "into")
            {
                var found = _arguments.PartiesAfter(k, Math.Min(end, k + 4), "to", "into");
                if (found.Count > 0 && !ModifiesNoun(found[^1].From))
                {
                    result = found;
                }
            }
        }

        return result;
    }

    /// <summary>"to U.S. service members", "to Russian aircraft": the party word modifies a noun
    /// and is no destination ("to Ukrainian forces" is one).</summary>
    private bool ModifiesNoun(PartyRef? r)
    {
        if (r is null || r.End >= _view.Words.Length || _view.SentenceOf[r.End] != _view.SentenceOf[r.First])
        {
            return false;
        }

        var next = _view.Words[r.End];
        return next.Length > 0 && char.IsLetter(next[0]) && char.IsLower(_view.Tokens[r.End].Text[0])
            && !_lexicon.Forces.Contains(next) && next is not ("army" or "military" or "government" or "people" or "air" or "navy" or "and" or "or" or "to" or "by" or "for"
                or "with" or "in" or "on" or "at" or "as" or "from" or "via" or "through" or "over" or "under" or "after" or "before" or "since" or "until" or "that"
                or "which" or "who" or "if" or "because" or "but" or "while" or "when" or "so" or "than" or "without" or "directly" or "immediately" or "quickly" or "soon" or "next" or "last" or "this");
    }

    /// <summary>"pushing hard for allies in Europe and the US to supply": the parties between "for" and "to".</summary>
    private List<RoleFiller> ForPartiesTo(int first, int end)
    {
        var found = _arguments.PartiesAfter(first, end, "for");
        if (found.Count == 0)
        {
            return found;
        }

        for (var k = first; k < end; k++)
        {
            if (_view.Words[k] == "to")
            {
                return found;
            }
        }

        return [];
    }

    private List<RoleFiller> NearestCoordinatedBefore(int first, int before, List<string> except)
    {
        var all = _arguments.OtherParties(first, before, except);
        if (all.Count == 0)
        {
            return all;
        }

        // Keep the last party and those joined to it by "and" or a comma ("France and Germany").
        var result = new List<RoleFiller> { all[^1] };
        for (var i = all.Count - 2; i >= 0; i--)
        {
            var gapFirst = all[i].From!.End;
            var gapEnd = result[0].From!.First;
            var joined = gapEnd - gapFirst <= 2 && Enumerable.Range(gapFirst, gapEnd - gapFirst).All(k => _view.Words[k] is "and" or "," or "the");
            if (!joined)
            {
                break;
            }

            result.Insert(0, all[i]);
        }

        return result;
    }

    private Aspect? AspectOf(TriggerHit hit, FrameReading reading, int clauseEnd)
    {
        switch (reading.Type)
        {
            case EventType.Warn or EventType.Deploy:
                return null;
            case EventType.Use or EventType.Support:
                return Aspect.Use;
        }

        if (reading.ActorIsSupplier)
        {
            return Aspect.Use;
        }

        if (hit.Entry.Aspect is { } fixedAspect)
        {
            return fixedAspect;
        }

        if (reading.Type == EventType.Request && _arguments.RefersToDecision(hit) && _arguments.FocusAspect is { } focusAspect)
        {
            return focusAspect;
        }

        var sentenceEnd = _view.Sentences[hit.Sentence].End;

        // "had limited the missiles to targets in occupied parts": a limit on what may be hit.
        if (hit.Entry.Frame == EventFrame.Restrict && reading.Type == EventType.Restrict)
        {
            for (var k = hit.End; k < clauseEnd && k < hit.End + 6; k++)
            {
                if (_view.Words[k] is "targets" or "target" && _view.Words[k - 1] is "to" or "at" or "against")
                {
                    return Aspect.Use;
                }
            }
        }

        if (reading.Type is EventType.Request or EventType.Authorize or EventType.Restrict or EventType.Review or EventType.Deny)
        {
            for (var k = hit.End; k < clauseEnd; k++)
            {
                // "authorized Ukraine to use ...", "permission to use ...": a permission about use.
                if (_view.Words[k] == "use" && _view.Words[k - 1] == "to" && k - hit.End <= 4 && reading.Type is EventType.Authorize or EventType.Restrict or EventType.Deny or EventType.Request)
                {
                    return Aspect.Use;
                }

                // "would not send rocket systems that can strike into Russia": refusing to supply a
                // weapon for what it could hit is still a decision about supplying it.
                if (hit.Entry.Frame is EventFrame.Supply or EventFrame.Pledge)
                {
                    break;
                }

                if (_lexicon.UseVerb.Contains(_view.Words[k]) && _view.Words[k] is not ("use" or "uses" or "used" or "go" or "going") && _arguments.HasTargetInRussia(k, sentenceEnd))
                {
                    return Aspect.Use;
                }
            }
        }

        return Aspect.Transfer;
    }

    // ---------- qualifiers ----------

    private (Certainty Certainty, IReadOnlyList<string> Sources) CertaintyAndSources(TriggerHit hit, FrameReading reading, VerbGroup group, RoleFiller actor)
    {
        var offset = _view.Tokens[hit.First].Span.Start;
        var chain = _attributions.Chain(offset);
        var names = chain.Select(c => c.Name).ToList();
        var future = group.IsFutureLike || group.Tense == VerbTense.Future;
        if ((group.Hedged || hit.Entry.Has(TriggerOptions.Hedge) || HedgeCue(hit)) && !reading.Counterfactual)
        {
            return (Certainty.Hedged, names);
        }

        if (group.Expected || (future && (reading.Type is EventType.Deliver or EventType.Deploy or EventType.Request or EventType.Review || hit.Entry.Frame == EventFrame.Restrict)))
        {
            return (Certainty.Expected, names);
        }

        if (chain.Count > 0)
        {
            // A request or warning stated by its own author is asserted, with the speaker as source.
            if (reading.Type is EventType.Request or EventType.Warn && chain.Count == 1 && chain[0].Kind != SourceKind.Anonymous
                && (reading.Type == EventType.Warn || _view.Quoted[hit.First])
                && _arguments.PartyOfSource(chain[0]) is { } speaker && speaker.Party == actor.Party)
            {
                return (Certainty.Asserted, names);
            }

            return (Certainty.Reported, names);
        }

        // "is reportedly considering": reported, by unnamed media.
        for (var k = hit.First - 1; k >= 0 && k >= hit.First - 4 && _view.SentenceOf[k] == hit.Sentence; k--)
        {
            if (_view.Words[k] == "reportedly")
            {
                return (Certainty.Reported, ["media reports"]);
            }
        }

        if (hit.Entry.Has(TriggerOptions.Report))
        {
            return (Certainty.Reported, actor.From?.SourceName is { } reporter ? [reporter] : []);
        }

        if (actor.From is { EntityType: EntityType.Person or EntityType.Org, SourceName: { } name }
            && reading.Type is EventType.Request or EventType.Warn or EventType.Deny or EventType.Pledge)
        {
            return (Certainty.Asserted, [name]);
        }

        return (Certainty.Asserted, []);
    }

    private bool HedgeCue(TriggerHit hit)
    {
        var (clauseFirst, _) = _view.ClauseBounds(hit.First);
        var first = _view.Tokens[clauseFirst].Span.Start;
        var at = _view.Tokens[hit.First].Span.Start;
        foreach (var cue in _view.Analysis.Modality)
        {
            if (cue.Kind == ModalityKind.Hedge && cue.Span.Start >= first && cue.Span.Start < at && cue.Scope.Contains(at))
            {
                return true;
            }
        }

        return false;
    }

    private PartialDate? Date(TriggerHit hit, int clauseFirst, int clauseEnd)
    {
        if (NearestDate(clauseFirst, clauseEnd, hit.First) is { } inClause)
        {
            return inClause;
        }

        // "..., The New York Times reported Sunday": the report's date, when its clause holds no
        // other trigger.
        var sentence = _view.Sentences[hit.Sentence];
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (_view.Times[k] is not null && _view.Clause[k] != _view.Clause[hit.First] && IsReportingClause(k))
            {
                var (first, end) = _view.ClauseBounds(k);
                if (NearestDate(first, end, k) is { } reported)
                {
                    return reported;
                }
            }
        }

        return null;
    }

    private bool IsReportingClause(int k)
    {
        var (first, end) = _view.ClauseBounds(k);
        for (var m = first; m < end; m++)
        {
            if (_view.Words[m] is "said" or "says" or "told" or "reported" or "announced" or "stated" or "confirmed" or "added" or "wrote" or "tweeted" or "saying" or "declared" or "noted")
            {
                return true;
            }

            if (_lexicon.Triggers.LongestAt(_view.Words, m, end).Value is not null)
            {
                return false;
            }
        }

        return false;
    }

    private PartialDate? NearestDate(int first, int end, int near)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        for (var k = first; k < end; k++)
        {
            if (_view.Times[k] is not { } t || (k > first && _view.Times[k - 1] == t))
            {
                continue;
            }

            if (k > first && _view.Words[k - 1] is "since" or "until" or "till" or "through" or "throughout" or "by" or "for" or "before")
            {
                continue;
            }

            if (EventDates.From(t) is { } date && Math.Abs(k - near) < bestDistance)
            {
                best = date;
                bestDistance = Math.Abs(k - near);
            }
        }

        return best;
    }

    private string? Scope(TriggerHit hit, FrameReading reading, Aspect? aspect, int clauseEnd)
    {
        if (hit.End >= clauseEnd)
        {
            return null;
        }

        var first = hit.End;
        if (aspect == Aspect.Use && reading.Type is EventType.Authorize or EventType.Restrict)
        {
            for (var k = hit.End; k < clauseEnd; k++)
            {
                if (_view.Words[k] is "only" or "against" or "inside" or "into" or "within" or "beyond" or "over" or "across" || _lexicon.UseVerb.Contains(_view.Words[k]))
                {
                    first = k;
                    break;
                }
            }
        }

        var end = Math.Min(clauseEnd, first + 20);
        while (end > first && _view.Tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        return end > first ? _view.TextOf(first, end) : null;
    }

    private readonly Dictionary<int, bool> _changes = [];

    private bool IsChange(SentenceRange sentence)
    {
        if (!_changes.TryGetValue(sentence.Index, out var change))
        {
            change = ComputeIsChange(sentence);
            _changes[sentence.Index] = change;
        }

        return change;
    }

    private bool ComputeIsChange(SentenceRange sentence)
    {
        for (var k = sentence.First; k < sentence.End; k++)
        {
            var w = _view.Words[k];
            if ((w == "first" && k + 1 < sentence.End && _view.Words[k + 1] == "time")
                || w.StartsWith("revers", StringComparison.Ordinal) || w is "u-turn" || (w == "policy" && k + 1 < sentence.End && _view.Words[k + 1] is "change" or "shift"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The evidence span of a sentence (for tests).</summary>
    internal TextSpan EvidenceOf(int sentence) => _view.Sentences[sentence].Span;
}
