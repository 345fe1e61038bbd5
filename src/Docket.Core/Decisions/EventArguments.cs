using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;

namespace Docket.Core.Decisions;

/// <summary>A party filling a role, with the reference it came from (for sources) and the rule.</summary>
internal sealed record RoleFiller(string Party, PartyRef? From, string Rule);

/// <summary>
/// Finds the arguments of a trigger inside its own sentence, resolving pronouns and definite
/// phrases to what the article named before, and keeps the discourse state that resolution needs:
/// the supplier in focus (the actor of the latest supply decision), the party in focus, and every
/// named system in article order. One instance per article.
/// </summary>
internal sealed class EventArguments
{
    /// <summary>The canonical name of unnamed Western governments acting together (GOLD-FORMAT.md).</summary>
    public const string WesternPartners = "Western partners";

    public const string Ukraine = "Ukraine";

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "to", "from", "with", "for", "at", "on", "by", "against", "into", "toward", "towards", "about", "than",
        "between", "among", "across", "over", "under", "behind", "near", "like", "including", "via", "per", "through",
        "after", "before", "since", "during", "within", "inside", "beyond", "around", "amid", "despite", "as",
    };

    private readonly ArticleView _view;
    private readonly EventLexicon _lexicon;
    private readonly WeaponLexicon _weapons;
    private readonly AttributionIndex _attributions;
    private readonly List<SystemRef> _namedInOrder;

    public EventArguments(ArticleView view, EventLexicon lexicon, WeaponLexicon weapons, AttributionIndex attributions)
    {
        _view = view;
        _lexicon = lexicon;
        _weapons = weapons;
        _attributions = attributions;
        _namedInOrder = [.. view.Systems.Where(s => s is { Named: true }).Distinct().Cast<SystemRef>()];
    }

    /// <summary>The actor of the latest supply-side decision (not the recipient's own requests).</summary>
    public string? FocusSupplier { get; private set; }

    /// <summary>The actor of the latest event of any kind.</summary>
    public string? FocusParty { get; private set; }

    /// <summary>The aspect of the latest supply-side decision (what "the policy change" was about).</summary>
    public Aspect? FocusAspect { get; private set; }

    private readonly HashSet<string> _recipients = new(StringComparer.Ordinal) { Ukraine };

    /// <summary>True for a party that receives aid in the article (Ukraine always).</summary>
    public bool IsRecipient(string party) => _recipients.Contains(party);

    /// <summary>Updates the focus after a sentence's events.</summary>
    public void Observe(IReadOnlyList<DecisionEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Actor is null)
            {
                continue;
            }

            FocusParty = e.Actor;
            if (e.Recipient is not null && e.Type is EventType.Pledge or EventType.Deliver)
            {
                _recipients.Add(e.Recipient);
            }
            if (e.Type is EventType.Pledge or EventType.Deliver or EventType.Authorize or EventType.Deny or EventType.Review or EventType.Restrict or EventType.Support
                && !string.Equals(e.Actor, Ukraine, StringComparison.Ordinal) && !string.Equals(e.Actor, WesternPartners, StringComparison.Ordinal))
            {
                FocusSupplier = e.Actor;
                FocusAspect = e.Aspect;
            }
        }
    }

    // ---------- actors ----------

    /// <summary>The subject of the trigger: the nearest party left of it in its clause that is not
    /// the object of a preposition, with the parties coordinated with it. Falls back to the earlier
    /// clauses of the sentence ("Officials said ..., and added that ...").</summary>
    public List<RoleFiller> Subject(TriggerHit hit, int clauseFirst, bool allowSentence = true)
    {
        var found = SubjectIn(hit.First, clauseFirst);
        var groupStart = VerbGroupStart(hit.First, clauseFirst);
        var weaponSubject = (groupStart - 2 >= clauseFirst && _view.Words[groupStart - 1] is "that" or "which" && _view.Systems[groupStart - 2] is not null)
            || (groupStart - 1 >= clauseFirst && _view.Systems[groupStart - 1] is { Pronoun: false } && _view.Parties[groupStart - 1] is null);
        if (weaponSubject && hit.Entry.Frame is not (EventFrame.Receive or EventFrame.Use))
        {
            return []; // "the Gray Eagle would allow ...": a weapon is the subject, no party acts
        }

        if (found.Count == 0 && allowSentence && !weaponSubject)
        {
            var sentenceFirst = _view.Sentences[hit.Sentence].First;
            if (clauseFirst > sentenceFirst && _view.Words[clauseFirst] is "and" or "but" or "," or "while" or "so" && !_view.Quoted[hit.First])
            {
                // A clause with no subject of its own shares the sentence's main subject.
                found = MainSubject(sentenceFirst, clauseFirst);
            }
            else if (clauseFirst > sentenceFirst && _view.Words[clauseFirst] is "\u2013" or "\u2014" or "--")
            {
                // "with Poland and Bulgaria – two other operators – never sending": skip the aside.
                found = SubjectIn(hit.First, sentenceFirst);
            }
        }

        return found;
    }

    private List<RoleFiller> MainSubject(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_view.Parties[k] is { } r && r.First == k)
            {
                var prev = k - 1;
                if (prev >= first && _view.Words[prev] is "the" or "a")
                {
                    prev--;
                }

                if (prev >= first && Prepositions.Contains(_view.Words[prev]) && !r.Possessive)
                {
                    k = r.End - 1;
                    continue;
                }

                if (r.Kind == PartyRefKind.Pronoun && r.First + 1 < end && _view.Words[r.First + 1] is "notes" or "says" or "said" or "adds" or "argues" or "stresses")
                {
                    k = r.End - 1;
                    continue; // "It notes that ...": the article speaking, not the subject
                }

                return r.Kind == PartyRefKind.Unaffiliated ? [] : Resolve(r, k) is { } f ? [f with { Rule = "main subject" }] : [];
            }
        }

        return [];
    }

    private List<RoleFiller> SubjectIn(int before, int first)
    {
        var result = new List<RoleFiller>();
        var groupStart = VerbGroupStart(before, first);
        var verbTrigger = before < _view.Words.Length && _lexicon.Triggers.LongestAt(_view.Words, before, Math.Min(_view.Words.Length, before + 6)).Value is { Form: not VerbForm.None };

        // "arms that could allow Ukraine to ...": the subject is the weapon the relative clause is about.
        if (groupStart - 1 >= first && _view.Words[groupStart - 1] is "that" or "which" && groupStart - 2 >= 0 && _view.Systems[groupStart - 2] is not null)
        {
            return result;
        }

        // "..., the U.S., which now opposes it": the party the relative clause is about.
        if (_view.Words[first] is "which" or "who" && first >= 2 && _view.Words[first - 1] == "," && _view.Parties[first - 2] is { Kind: PartyRefKind.Named or PartyRefKind.Collective } relativeHead
            && groupStart == first + 1)
        {
            return Resolve(relativeHead, before) is { } head ? [head with { Rule = "relative clause" }] : result;
        }

        // "..., Donald Trump, whose vows to limit aid": the party before the relative clause.
        if (_view.Words[first] == "whose" && first >= 2 && _view.Words[first - 1] == "," && _view.Parties[first - 2] is { } antecedent)
        {
            return Resolve(antecedent, before) is { } owner ? [owner with { Rule = "whose" }] : result;
        }

        var j = before - 1;
        while (j >= first)
        {
            var r = _view.Parties[j];
            if (r is null)
            {
                j--;
                continue;
            }

            var start = Math.Max(r.First, first);

            // A coordinated group is one phrase: "fueled by the U.S. and NATO allies" is all inside "by".
            var groupFirst = start;
            while (true)
            {
                if (groupFirst - 2 >= first && _view.Words[groupFirst - 1] is "and" or "," && _view.Parties[groupFirst - 2] is { Kind: PartyRefKind.Named or PartyRefKind.Collective } joined)
                {
                    groupFirst = Math.Max(joined.First, first);
                }
                else if (groupFirst - 1 >= first && _view.Parties[groupFirst - 1] is { Kind: PartyRefKind.Named } adjacent)
                {
                    groupFirst = Math.Max(adjacent.First, first); // "NATO allies"
                }
                else
                {
                    break;
                }
            }

            var prev = groupFirst - 1;
            if (prev >= first && _view.Words[prev] is "the" or "a")
            {
                prev--;
            }

            // "officials from the White House", "a spokesman for the State Department": the party
            // places the person who is the subject.
            var placesRole = prev - 1 >= first && _view.Words[prev] is "from" or "of" or "for" or "at" && _lexicon.Role.Contains(_view.Words[prev - 1]);

            // "Hours after the White House left ...", "with the Kremlin using ...": a party right
            // before the verb group is its subject whatever word comes before the party.
            var rightBeforeVerb = (verbTrigger && (r.End == groupStart || (r.End + 1 == groupStart && _view.Words[r.End] == "'s")))
                || (prev >= first && _view.Words[prev] == "with" && r.End < before && (_view.Words[r.End].EndsWith("ing", StringComparison.Ordinal) || _view.Words[before].EndsWith("ing", StringComparison.Ordinal)));
            if (prev >= first && Prepositions.Contains(_view.Words[prev]) && !r.Possessive && !placesRole && !rightBeforeVerb)
            {
                j = groupFirst - 1;
                continue;
            }

            if (r.Kind == PartyRefKind.Unaffiliated)
            {
                return result; // a person the recognizer could not place: the actor is unknown here
            }

            if (Resolve(r, before) is { } filler)
            {
                result.Add(filler);

                // "U.S. and NATO officials ... their forces": a plural pronoun stands for the group.
                if (r.Kind == PartyRefKind.Pronoun && _view.Words[r.First] is "they" or "their" && filler.From is { } pronounAntecedent)
                {
                    var m = pronounAntecedent.End;
                    while (m + 1 < _view.Words.Length && _view.Words[m] is "and" or "," && _view.Parties[m + 1] is { Kind: PartyRefKind.Named, Party: not null } other2)
                    {
                        if (!result.Exists(x => x.Party == other2.Party))
                        {
                            result.Add(new RoleFiller(other2.Party!, other2, "pronoun = coordinated subject"));
                        }

                        m = other2.End;
                    }
                }
            }

            // Coordinated parties: "the United States, the Netherlands, and the Czech Republic".
            var k = start - 1;
            while (k >= first)
            {
                var w = _view.Words[k];
                if (w is "," or "and" or "the" or "both")
                {
                    k--;
                    continue;
                }

                if (_view.Parties[k] is { } other && other != r && other.Kind is PartyRefKind.Named or PartyRefKind.Collective)
                {
                    if (Resolve(other, before) is { } more && !result.Exists(f => f.Party == more.Party))
                    {
                        result.Insert(0, more);
                    }

                    k = other.First - 1;
                    r = other;
                    continue;
                }

                break;
            }

            return result;
        }

        return result;
    }

    /// <summary>The first token of the auxiliaries and adverbs before a trigger.</summary>
    private int VerbGroupStart(int trigger, int first)
    {
        var k = trigger;
        while (k - 1 >= first)
        {
            var w = _view.Words[k - 1];
            if (_lexicon.Adverb.Contains(w) || _lexicon.Negation.Contains(w) || _lexicon.Perfect.Contains(w) || _lexicon.Be.Contains(w)
                || _lexicon.Future.Contains(w) || _lexicon.Hedge.Contains(w) || w is "to" or "do" or "does" or "did" or "won't" or "don't" or "doesn't" or "didn't" or "hasn't" or "haven't" or "isn't" or "wasn't" or "\"" or "\u201c" or "\u201d")
            {
                k--;
                continue;
            }

            break;
        }

        return k;
    }

    /// <summary>The party a reference stands for: named and collective parties directly; a pronoun
    /// by its antecedent (the sentence's first party before it, else the party in focus); "we"/"us"
    /// by the speaker of the quotation.</summary>
    public RoleFiller? Resolve(PartyRef r, int at)
    {
        switch (r.Kind)
        {
            case PartyRefKind.Named or PartyRefKind.Collective when r.Party is not null:
                return new RoleFiller(r.Party, r, r.Kind == PartyRefKind.Named ? "entity" : "collective");
            case PartyRefKind.FirstPerson:
                return SpeakerParty(at) is { } speaker ? new RoleFiller(speaker.Party, speaker.From, "first person = speaker") : null;
            case PartyRefKind.Pronoun:
                return ResolvePronoun(r, at);
            default:
                return null;
        }
    }

    /// <summary>
    /// A pronoun's party: the sentence's first party before it; in a quotation, a third-person
    /// pronoun is not the speaker ("He wants the planes," Pelosi said); "it"/"they" after a
    /// sentence about a weapon stand for the weapon (no party); else the nearest party named in
    /// the sentences before (a person for "he"/"his"), else the party in focus.
    /// </summary>
    private RoleFiller? ResolvePronoun(PartyRef r, int at)
    {
        var word = _view.Words[r.First];
        var quoted = _view.Quoted[r.First];

        // "Officials said they will not ...", "Britain announced it will send": the pronoun opening
        // the reported words is the source.
        if (!quoted && word is "it" or "they" or "he" or "she" && ReportedBySource(r.First) is { } sourceParty)
        {
            return sourceParty;
        }
        var speaker = quoted ? SpeakerParty(at)?.Party : null;
        var sentence = _view.Sentences[_view.SentenceOf[r.First]];

        // "they" is best a plural party phrase before it ("Ukrainian forces", "its allies").
        if (word is "they" or "their" or "them")
        {
            for (var k = r.First - 1; k >= sentence.First; k--)
            {
                if (_view.Parties[k] is { Kind: PartyRefKind.Named or PartyRefKind.Collective, Party: not null } p && p.End == k + 1
                    && (p.Kind == PartyRefKind.Collective || (p.End < _view.Words.Length && _view.Words[p.End] is "forces" or "troops" or "officials" or "leaders" or "soldiers" or "military" or "pilots" or "crews" or "authorities"))
                    && (speaker is null || p.Party != speaker))
                {
                    return new RoleFiller(p.Party, p, "plural pronoun = plural party phrase");
                }
            }
        }

        for (var k = sentence.First; k < r.First; k++)
        {
            if (_view.Parties[k] is { Kind: PartyRefKind.Named or PartyRefKind.Collective, Party: not null } a)
            {
                if (speaker is not null && a.Party == speaker)
                {
                    k = a.End - 1;
                    continue;
                }

                return new RoleFiller(a.Party, a, "pronoun = sentence subject");
            }
        }

        if (speaker is not null)
        {
            return speaker != Ukraine ? new RoleFiller(Ukraine, null, "pronoun in a supplier's quotation = the recipient") : null;
        }

        if (word is "it" or "they" && sentence.Index > 0 && SubjectIsAid(_view.Sentences[sentence.Index - 1].First, _view.Sentences[sentence.Index - 1].End, mainClauseOnly: true))
        {
            return null; // "The rockets have a longer range ... They would allow ...": the weapon
        }

        var person = word is "he" or "his" or "she" or "her";
        var limit = sentence.Index >= 3 ? _view.Sentences[sentence.Index - 3].First : 0;
        for (var k = sentence.First - 1; k >= limit; k--)
        {
            if (_view.Parties[k] is { Kind: PartyRefKind.Named, Party: not null } a && (!person || a.EntityType == EntityType.Person))
            {
                return new RoleFiller(a.Party, a, "pronoun = party named before");
            }
        }

        return FocusParty is null ? null : new RoleFiller(FocusParty, null, "pronoun = party in focus");
    }

    private RoleFiller? ReportedBySource(int pronoun)
    {
        var start = _view.Tokens[pronoun].Span.Start;
        foreach (var a in _view.Analysis.Attributions)
        {
            var (first, _) = _view.TokensOf(a.Content);
            if (first == pronoun || (first + 1 == pronoun && _view.Words[first] == "that"))
            {
                if (a.Chain.Count > 0 && PartyOfSource(a.Chain[^1]) is { } party)
                {
                    return party with { Rule = "pronoun = the source reporting it" };
                }

                // Unnamed officials of the supplier the article is about.
                return a.Chain.Count > 0 && a.Chain[^1].Kind == SourceKind.Anonymous && FocusSupplier is { } focus
                    ? new RoleFiller(focus, null, "pronoun = unnamed source = supplier in focus")
                    : null;
            }

            _ = start;
        }

        return null;
    }

    /// <summary>The party of the quoted or reported speaker whose words hold token <paramref name="at"/>.</summary>
    public RoleFiller? SpeakerParty(int at)
    {
        var chain = _attributions.Chain(_view.Tokens[Math.Min(at, _view.Tokens.Count - 1)].Span.Start);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (PartyOfSource(chain[i]) is { } party)
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>The party a source acts for: the entity mention at its span, else an entity of the
    /// article with the same canonical name.</summary>
    public RoleFiller? PartyOfSource(SourceRef source)
    {
        if (source.Span is { } span)
        {
            var (first, end) = _view.TokensOf(span);
            for (var k = first; k < end; k++)
            {
                if (_view.Parties[k] is { Kind: PartyRefKind.Named, Party: not null } r)
                {
                    return new RoleFiller(r.Party, r, "source's party");
                }
            }

            // "a Ukrainian official": the demonym just before the source's head, in its sentence.
            var k0 = first - 1;
            if (k0 >= 0 && first < _view.Words.Length && _view.SentenceOf[k0] == _view.SentenceOf[first] && _view.Parties[k0] is { Kind: PartyRefKind.Named, Party: not null } demonym)
            {
                return new RoleFiller(demonym.Party, demonym, "source's party");
            }
        }

        foreach (var m in _view.Analysis.Entities)
        {
            if (string.Equals(m.CanonicalName, source.Name, StringComparison.OrdinalIgnoreCase))
            {
                var party = m.ActsFor ?? (PartyLexicon.Default.Governments.Contains(m.CanonicalName) ? m.CanonicalName : null);
                if (party is not null)
                {
                    return new RoleFiller(party, null, "source's party");
                }
            }
        }

        return null;
    }

    /// <summary>The first party after one of <paramref name="prepositions"/> in [first, end):
    /// "by the Pentagon", "from Washington", "to the U.S." ("to" before a verb does not count).</summary>
    public List<RoleFiller> PartiesAfter(int first, int end, params string[] prepositions)
    {
        for (var k = first; k < end - 1; k++)
        {
            if (!prepositions.Contains(_view.Words[k]))
            {
                continue;
            }

            var m = k + 1;
            var skipped = 0;

            // "to lawmakers and the Pentagon": a few plain words may come before the party.
            while (m < end && (_view.Words[m] is "the" or "both" or "its" or "their" || (skipped < 3 && _view.Parties[m] is null && _view.Words[m] is "and" or "lawmakers" or "officials" or "leaders" or "governments" or "partners")))
            {
                if (_view.Words[m] is not ("the" or "both" or "its" or "their"))
                {
                    skipped++;
                }

                m++;
            }

            if (m < end && _view.Parties[m] is { } r && r.Kind is not (PartyRefKind.Unaffiliated or PartyRefKind.Pronoun) && !(r.Kind == PartyRefKind.Named && r.Possessive))
            {
                // "a green light to Poland to provide the planes to Ukraine": Poland is who acts next.
                if (prepositions.Contains("to") && r.End + 1 < end && _view.Words[r.End] == "to" && _lexicon.Triggers.LongestAt(_view.Words, r.End + 1, end).Value is not null)
                {
                    continue;
                }

                return Coordinated(r, end, m);
            }
        }

        return [];
    }

    /// <summary>A party right after the trigger (an indirect or direct object: "give Ukraine",
    /// "urged allies", "pressed West Jerusalem").</summary>
    public List<RoleFiller> ObjectParty(int after, int end, bool addressee = false)
    {
        var m = after;
        while (m < end && (_view.Words[m] == "the" || (addressee && _view.Words[m] is "on" or "with" or "upon")))
        {
            m++;
        }

        if (m < end && _view.Parties[m] is { } r && r.Kind is not (PartyRefKind.Unaffiliated or PartyRefKind.Pronoun) && !(r.Possessive && r.Kind == PartyRefKind.Named && _view.Words[r.End] == "'s"))
        {
            return Coordinated(r, end, m);
        }

        return [];
    }

    private List<RoleFiller> Coordinated(PartyRef r, int end, int at)
    {
        var result = new List<RoleFiller>();
        if (Resolve(r, at) is { } f)
        {
            result.Add(f);
        }

        var k = r.End;
        while (k < end)
        {
            var w = _view.Words[k];
            if (w is "," or "and" or "the")
            {
                k++;
                continue;
            }

            if (_view.Parties[k] is { Kind: PartyRefKind.Named or PartyRefKind.Collective } next && next.First == k && !next.Possessive)
            {
                if (Resolve(next, at) is { } g && !result.Exists(x => x.Party == g.Party))
                {
                    result.Add(g);
                }

                k = next.End;
                continue;
            }

            // "allies in Europe and the US": a place after a collective is part of its phrase.
            if (w is "in" && result.Count > 0 && result[^1].Party == WesternPartners)
            {
                var m = k + 1;
                while (m < end && m <= k + 3 && _view.Words[m] is not ("and" or ","))
                {
                    m++;
                }

                if (m < end && _view.Words[m] is "and" or ",")
                {
                    k = m;
                    continue;
                }
            }

            break;
        }

        return result;
    }

    /// <summary>Every party in [first, end) other than <paramref name="except"/>, in order.</summary>
    public List<RoleFiller> OtherParties(int first, int end, ICollection<string> except)
    {
        var result = new List<RoleFiller>();
        for (var k = first; k < end; k++)
        {
            if (_view.Parties[k] is { Kind: PartyRefKind.Named or PartyRefKind.Collective, Party: not null } r && r.First == k)
            {
                if (!except.Contains(r.Party) && !result.Exists(x => x.Party == r.Party))
                {
                    result.Add(new RoleFiller(r.Party, r, "party in clause"));
                }

                k = r.End - 1;
            }
        }

        return result;
    }

    /// <summary>The possessor or demonym just before a nominal trigger ("Kyiv's months of appeals",
    /// "Ukrainian requests", "Russia's deployment").</summary>
    public RoleFiller? Possessor(int triggerFirst, int clauseFirst)
    {
        for (var k = triggerFirst - 1; k >= clauseFirst && k >= triggerFirst - 5; k--)
        {
            var w = _view.Words[k];
            if (_view.Parties[k] is { } r && r.Kind != PartyRefKind.Unaffiliated)
            {
                return r.Possessive || r.End == triggerFirst || (r.End < _view.Words.Length && _view.Words[r.End] != "and")
                    ? Resolve(r, triggerFirst)
                    : null;
            }

            if (w is "," or ";" or "to" or "for" or "from" or "by" or "with" || _lexicon.Triggers.LongestAt(_view.Words, k, triggerFirst).Value is not null)
            {
                return null;
            }
        }

        return null;
    }

    public bool HasFirstPersonSubject(TriggerHit hit, int clauseFirst)
    {
        for (var k = hit.First - 1; k >= clauseFirst && k >= hit.First - 3; k--)
        {
            if (_view.Parties[k] is { Kind: PartyRefKind.FirstPerson })
            {
                return _view.Quoted[k];
            }
        }

        return false;
    }

    // ---------- systems ----------

    /// <summary>
    /// The systems a trigger is about: named systems in its clause (right of it first, then left),
    /// unnamed phrases as their class label or resolved to the system named before them, and
    /// whether general aid is among them (which adds a system-null event).
    /// </summary>
    public (List<string> Names, bool General, bool Any) Systems(TriggerHit hit, int clauseFirst, int clauseEnd, bool themeFirst = false)
    {
        var names = new List<string>();
        var general = false;
        var any = false;

        // A passive's theme is its subject: "modern Leopard tanks, promised by Berlin to ...",
        // "systems ... -- like F-16 jets -- might eventually be provided".
        if (themeFirst && NearestBefore(_view.Sentences[hit.Sentence].First, hit.First) is { } theme)
        {
            any = Collect(theme.First, theme.End, names, ref general);
        }

        // "They are still being considered": the weapon the sentence before was about.
        if (themeFirst && !any && hit.First >= 3 && _view.Words[VerbGroupStart(hit.First, clauseFirst) - 1 < 0 ? 0 : VerbGroupStart(hit.First, clauseFirst) - 1] is "they" or "it"
            && hit.Sentence > 0 && LastSystemIn(_view.Sentences[hit.Sentence - 1]) is { } previous)
        {
            any = Collect(previous.First, previous.End, names, ref general);
        }

        if (!any)
        {
            any = Collect(hit.End, ListEnd(hit.End, ObjectEnd(hit.End, clauseEnd)), names, ref general);
        }

        if (!any && NearestBefore(clauseFirst, hit.First) is { } nearest)
        {
            // On the left only the nearest phrase and those joined to it ("Leopard or Marder tanks
            // which Ukraine wants"), not every weapon the clause names.
            any = Collect(nearest.First, nearest.End, names, ref general);
        }

        // A relative clause ("..., that Kyiv has repeatedly sought") is about its antecedent.
        if (!any && clauseFirst > _view.Sentences[hit.Sentence].First && _view.Words[clauseFirst] is "that" or "which" or "who")
        {
            // Its antecedent is the phrase just before it ("a capability that Kyiv has sought").
            var k = clauseFirst - 1;
            while (k > _view.Sentences[hit.Sentence].First && _view.Words[k] is ",")
            {
                k--;
            }

            if (_view.Systems[k] is { } antecedent)
            {
                any = Collect(antecedent.First, antecedent.End, names, ref general);
            }
        }

        if (!any)
        {
            // "the aid", "$350 million": general aid written as an amount.
            for (var k = hit.End; k < clauseEnd; k++)
            {
                if (_view.Words[k] is "$" or "£" or "€" or "million" or "billion" or "aid" or "assistance")
                {
                    any = true;
                    general = true;
                    break;
                }
            }
        }

        return (names, general, any);
    }

    private static readonly HashSet<string> ListGlue = new(StringComparer.Ordinal)
    {
        ",", "and", "or", "the", "a", "an", "of", "as", "well", "plus", "including", "more", "other", "various", "additional",
        "some", "another", "such", "like", "new", "also", "known", "called", "dubbed", "own", "version", "variant", "model", "$", "£", "€", "million", "billion", "thousands", "hundreds", "dozens",
    };

    /// <summary>The object after a trigger is its list of weapons: it ends where more than four
    /// words in a row are neither weapons nor list glue ("the rocket systems tries to strike a
    /// balance between ... artillery barrages" ends after "systems").</summary>
    private int ListEnd(int first, int end)
    {
        var seen = false;
        var gap = 0;
        for (var k = first; k < end; k++)
        {
            if (_view.Systems[k] is not null)
            {
                seen = true;
                gap = 0;
                continue;
            }

            var w = _view.Words[k];
            if (ListGlue.Contains(w) || (w.Length > 0 && char.IsDigit(w[0])) || _view.Parties[k] is not null || w is "to" or "for" or "with")
            {
                continue;
            }

            if (seen && ++gap > 4)
            {
                return k - gap + 1;
            }
        }

        return end;
    }

    private SystemRef? LastSystemIn(SentenceRange sentence)
    {
        for (var k = sentence.End - 1; k >= sentence.First; k--)
        {
            if (_view.Systems[k] is { Pronoun: false } s)
            {
                return s;
            }
        }

        return null;
    }

    private (int First, int End)? NearestBefore(int first, int before)
    {
        var k = before - 1;
        while (k >= first && _view.Systems[k] is null)
        {
            k--;
        }

        if (k < first)
        {
            return null;
        }

        var end = k + 1;
        var start = _view.Systems[k]!.First;
        while (start - 2 >= first && _view.Words[start - 1] is "or" or "and" or "," && _view.Systems[start - 2] is { } joined)
        {
            start = joined.First;
        }

        return (Math.Max(start, first), end);
    }

    /// <summary>Where the object phrase after a trigger ends: at a word that starts a description
    /// ("equipped with", "which"), or at a comma that does not continue a list of items.</summary>
    public int ObjectEnd(int first, int clauseEnd)
    {
        for (var k = first; k < clauseEnd; k++)
        {
            var w = _view.Words[k];
            if (k > first && _lexicon.ObjectEnd.Contains(w))
            {
                return k;
            }

            if (w == "," && k + 1 < clauseEnd)
            {
                var next = _view.Words[k + 1];
                var continues = _view.Systems[k + 1] is not null || _view.Parties[k + 1] is not null
                    || next is "and" or "or" or "as" or "including" or "plus" or "more" or "some" or "another" or "about" or "nearly" or "over" or "up" or "an" or "a" or "the" or "its" or "various" or "other" or "$" or "£" or "€"
                    || (next.Length > 0 && char.IsDigit(next[0]))
                    || (next is "such" or "like" or "especially" && IntroducesInstance(k + 1, clauseEnd))
                    || (k + 2 < clauseEnd && _view.Systems[k + 2] is not null) || (k + 3 < clauseEnd && _view.Systems[k + 3] is { Named: true });
                if (!continues)
                {
                    return k;
                }
            }
        }

        return clauseEnd;
    }

    private bool Collect(int first, int end, List<string> names, ref bool general)
    {
        var any = false;
        var hasNamed = false;
        for (var k = first; k < end; k++)
        {
            if (_view.Systems[k] is { Named: true })
            {
                hasNamed = true;
                break;
            }
        }

        for (var k = first; k < end; k++)
        {
            if (_view.Systems[k] is not { } s || s.First != k && k != first)
            {
                if (_view.Words[k] is "$" or "£" or "€" && names.Count > 0)
                {
                    general = true;
                }

                continue;
            }

            any = true;
            k = s.End - 1;

            // "its similar system known as Starstreak", "anti-missile batteries like the Patriot
            // system": an unnamed phrase beside a named system is that system or its class.
            if (!s.Named && hasNamed && (s.Definite || s.Pronoun || IntroducesInstance(s.End, end)))
            {
                continue;
            }

            var name = Name(s);
            if (name is null)
            {
                general = true;
            }
            else if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return any;
    }

    private bool IntroducesInstance(int after, int end)
    {
        var k = after;
        if (k < end && _view.Words[k] == ",")
        {
            k++;
        }

        return k < end && (_view.Words[k] is "like" or "including" or "especially" || (_view.Words[k] == "such" && k + 1 < end && _view.Words[k + 1] == "as"));
    }

    /// <summary>A system reference as an event's system: the canonical name of a named system; for
    /// a definite phrase or a pronoun the system named before it (of its class when it has one);
    /// for an unnamed phrase of a labelled class the label; else null (general aid).</summary>
    private string? Name(SystemRef s)
    {
        if (s.Named)
        {
            return s.Name;
        }

        if (s.Definite)
        {
            var sentence = _view.SentenceOf[s.First];
            for (var i = _namedInOrder.Count - 1; i >= 0; i--)
            {
                var named = _namedInOrder[i];
                if (named.First >= s.First)
                {
                    continue;
                }

                var distance = sentence - _view.SentenceOf[named.First];
                if (s.Pronoun && (distance > 1 || ForcesBetween(named.End, s.First)))
                {
                    return null; // "they should not send more of them [troops]"
                }

                if (s.Class == WeaponLexicon.General ? distance <= 3 : named.Classes.Contains(s.Class))
                {
                    return named.Name;
                }
            }
        }

        if (!_weapons.Labels.TryGetValue(s.Class, out var label))
        {
            return null;
        }

        // An unnamed phrase of a class the reconciler reads (reach, origin) keeps its label
        // ("long-range weapons" beside ATACMS is the class: GOLD-FORMAT's "not guessed into a named
        // system"), except with an origin that leaves one
        // candidate: "U.S.-made long-range weapons" in an article whose only named system of that
        // class is a U.S. one is that system.
        if (s.Origin is { } origin)
        {
            var members = _namedInOrder.Where(n => n.Classes.Contains(s.Class)).Select(n => n.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (members.Count == 1 && string.Equals(Reconcile.SystemCatalog.Default.Find(members[0])?.Origin, origin, StringComparison.OrdinalIgnoreCase))
            {
                return members[0];
            }
        }

        // Other labels ("fighter aircraft" beside MiG-29) say no trait the reconciler can read as a
        // class: beside a named system of theirs they stay unspecified rather than guessed.
        return Reconcile.SystemCatalog.Default.IsClass(label) || !_namedInOrder.Exists(n => n.Classes.Contains(s.Class)) ? label : null;
    }

    private bool ForcesBetween(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_lexicon.Forces.Contains(_view.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The party the first weapon phrase of [first, end) comes from ("U.S.-made", "Western").</summary>
    public string? WeaponOrigin(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_view.Systems[k] is { Origin: { } origin })
            {
                return origin;
            }
        }

        return null;
    }

    /// <summary>True when the clause's (or the "that"-clause's) first noun phrase before the
    /// trigger is a weapon or aid phrase: "The package includes", "The tanks will start arriving"
    /// (not "any choice about ATACMS would weigh").</summary>
    public bool SubjectIsAid(int first, int trigger, bool mainClauseOnly = false)
    {
        for (var k = trigger - 1; k > first && !mainClauseOnly; k--)
        {
            if (_view.Words[k] == "that")
            {
                first = k + 1;
                break;
            }
        }

        for (var k = first; k < trigger && k < first + 6; k++)
        {
            var w = _view.Words[k];
            if (_view.Systems[k] is { Pronoun: false } || w is "package" or "aid" or "assistance" || (_lexicon.DecisionObject.Contains(w) && k > first && ArticleView.IsDeterminer(_view.Words[k - 1])))
            {
                return true; // "The package includes ...", "the plan is to send ..."
            }

            // Only determiners, adjectives, numbers and amounts may come before the head.
            if (!(ArticleView.IsDeterminer(w) || w is "a" or "an" or "$" or "£" or "€" or "million" or "billion" or "new" or "latest" or "newest" or "additional"
                || WeaponLexicon.Default.Adjectives.Contains(w) || (w.Length > 0 && char.IsDigit(w[0])) || w.Contains('-', StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }

    // ---------- relevance ----------

    /// <summary>True when the trigger's clause is about weapons, aid or a use of them: a system or
    /// aid phrase, an amount, a decision referred back to ("the idea", "it"), a use inside Russia,
    /// forces for a deployment, consequences for a warning.</summary>
    public bool IsAboutAid(TriggerHit hit, FrameReading reading, int clauseFirst, int clauseEnd)
    {
        var entry = hit.Entry;
        var sentence = _view.Sentences[hit.Sentence];
        switch (reading.Type)
        {
            case EventType.Support:
                return true;
            case EventType.Warn:
                // A warning about consequences, or against a supply ("warned against sending").
                return AnyWord(hit.First, sentence.End, _lexicon.WarnContent) || AnyWord(hit.End, Math.Min(clauseEnd, hit.End + 4), AgainstWord);
            case EventType.Deploy:
                return entry.Has(TriggerOptions.Idiom) || entry.Has(TriggerOptions.Noun) || AnyWord(clauseFirst, clauseEnd, _lexicon.Forces);
            case EventType.Use:
                return entry.Has(TriggerOptions.Idiom) || HasWeapon(hit.End, clauseEnd) || HasWeapon(clauseFirst, hit.First);
            case EventType.Restrict when reading.ActorIsSupplier || entry.Aspect == Aspect.Use:
                return true;
            case EventType.Authorize when entry.Aspect == Aspect.Use:
                return UseInsideRussia(hit.End, clauseEnd, sentence.End);
        }

        // "received assurances": only weapons or aid are received.
        if (entry.Frame == EventFrame.Receive && !entry.Has(TriggerOptions.Idiom))
        {
            return HasWeapon(hit.End, ObjectEnd(hit.End, clauseEnd)) || HasWeapon(clauseFirst, hit.First) && RelativeBefore(clauseFirst, hit.First);
        }

        // "requests for long-range missiles": a nominal request names its object right after it.
        if (entry.Frame == EventFrame.Request && entry.Has(TriggerOptions.Noun) && !HasWeapon(hit.End, Math.Min(clauseEnd, hit.End + 8)) && !RefersToDecision(hit))
        {
            return HasWeapon(clauseFirst, hit.First) && RelativeBefore(clauseFirst, hit.First);
        }

        // "allow other countries to re-export theirs": the permission is for a transfer.
        if (reading.Type == EventType.Authorize && SupplyComplement(hit.End, clauseEnd))
        {
            return true;
        }

        if (entry.Has(TriggerOptions.Package) && !HasPackageSubject(hit, clauseFirst)
            && !(clauseFirst > 0 && _view.Words[clauseFirst] is "which" or "that" && HasPackageSubject(hit with { First = clauseFirst }, Math.Max(sentence.First, clauseFirst - 6))))
        {
            return false;
        }

        // "The package is expected to be officially announced Wednesday."
        if (entry.Has(TriggerOptions.Report) && SubjectIsAid(clauseFirst, hit.First) && !HasWeapon(hit.End, clauseEnd))
        {
            return true;
        }

        // Report triggers ("announced") and nominal pledges and reviews name what they are about
        // after them ("discussions over the Gray Eagle", not "a topic of intense discussion").
        if (entry.Has(TriggerOptions.Report) || (entry.Has(TriggerOptions.Noun) && entry.Frame == EventFrame.Pledge))
        {
            return HasWeapon(hit.End, clauseEnd);
        }

        if (entry.Has(TriggerOptions.Noun) && entry.Frame == EventFrame.Review)
        {
            return HasWeapon(hit.End, Math.Min(clauseEnd, hit.End + 5)); // "the question of long-range ATACMS missiles"
        }

        if (HasWeapon(hit.End, clauseEnd) || HasDecisionObject(hit.End, clauseEnd, reading.Type is EventType.Deny or EventType.Authorize or EventType.Review or EventType.Restrict))
        {
            return true;
        }

        // "an idea the Pentagon roundly rejected", "calling the plan 'not tenable'".
        if (reading.Type is EventType.Deny or EventType.Review or EventType.Authorize && HasDecisionObject(Math.Max(clauseFirst, hit.First - 6), hit.First))
        {
            return true;
        }

        // A permission about use: "wants more flexibility to hit Russian airfields", "such strikes".
        if (reading.Type is EventType.Request or EventType.Review or EventType.Authorize or EventType.Restrict or EventType.Deny
            && (AnyWord(hit.End, clauseEnd, _lexicon.UseNoun) || (AnyWord(hit.End, clauseEnd, _lexicon.UseVerb) && HasTargetInRussia(hit.End, sentence.End))))
        {
            return true;
        }

        // "months of appeals from Kyiv" after "the major policy change": a request about the decision.
        if (reading.Type == EventType.Request && RefersToDecision(hit))
        {
            return true;
        }

        if (reading.Type is EventType.Authorize && AnyWord(hit.End, clauseEnd, _lexicon.UseVerb) && HasTargetInRussia(hit.End, sentence.End))
        {
            return true;
        }

        // Nominal and passive triggers, and relative clauses ("weapons that the West has been
        // providing"), have their object on the left.
        var objectOnLeft = entry.Has(TriggerOptions.Noun) || entry.Has(TriggerOptions.Idiom) || entry.Frame is EventFrame.Arrive or EventFrame.Receive
            || RelativeBefore(clauseFirst, hit.First) || PassiveBefore(hit.First, clauseFirst);
        return objectOnLeft && (HasWeapon(clauseFirst, hit.First) || (PassiveBefore(hit.First, clauseFirst) && HasWeapon(sentence.First, hit.First)));
    }

    private bool RelativeBefore(int first, int trigger)
    {
        for (var k = trigger - 1; k >= first && k >= trigger - 8; k--)
        {
            if (_view.Words[k] is "that" or "which" && k > 0 && (_view.Systems[k - 1] is not null || (k > 1 && _view.Words[k - 1] == "," && _view.Systems[k - 2] is not null)))
            {
                return true;
            }
        }

        // "the systems Ukraine wants": a weapon right before the subject of the trigger.
        var start = VerbGroupStart(trigger, first);
        if (start - 1 >= first && _view.Parties[start - 1] is { } subject && subject.First - 1 >= first)
        {
            var before = subject.First - 1;
            if (_view.Words[before] is "the" && before - 1 >= first)
            {
                before--;
            }

            return _view.Systems[before] is { Pronoun: false };
        }

        return false;
    }

    private bool PassiveBefore(int trigger, int first)
    {
        for (var k = trigger - 1; k >= first && k >= trigger - 3; k--)
        {
            if (_lexicon.Be.Contains(_view.Words[k]))
            {
                return true;
            }

            if (!_lexicon.Adverb.Contains(_view.Words[k]) && !_lexicon.Negation.Contains(_view.Words[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the subject of the trigger is a party ("they have not been offered ...").</summary>
    public bool PartySubject(TriggerHit hit, int clauseFirst)
    {
        var start = VerbGroupStart(hit.First, clauseFirst);
        return start - 1 >= clauseFirst && _view.Parties[start - 1] is { Kind: not PartyRefKind.Unaffiliated };
    }

    private bool HasPackageSubject(TriggerHit hit, int clauseFirst)
    {
        for (var k = clauseFirst; k < hit.First; k++)
        {
            if (_view.Words[k] is "package" or "aid" or "assistance" or "$" or "£" or "€")
            {
                return true;
            }
        }

        return false;
    }

    public bool HasWeapon(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_view.Systems[k] is { } s && (s.Named || !s.Pronoun || Name(s) is not null))
            {
                return true;
            }

            if (_view.Words[k] is "$" or "£" or "€")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A nominal request with nothing of its own that follows a phrase naming the decision
    /// in focus ("The major policy change follows months of appeals from Kyiv").</summary>
    public bool RefersToDecision(TriggerHit hit) =>
        (hit.Entry.Has(TriggerOptions.Noun) && HasDecisionObject(_view.Sentences[hit.Sentence].First, hit.First))
        || (hit.Entry.Frame == EventFrame.Request && !hit.Entry.Has(TriggerOptions.Noun) && HasDecisionObject(hit.End, Math.Min(_view.Sentences[hit.Sentence].End, hit.End + 3)));

    private bool SupplyComplement(int first, int end)
    {
        for (var k = first; k < end && k < first + 8; k++)
        {
            if (_view.Words[k] == "to" && k + 1 < end && _lexicon.Triggers.LongestAt(_view.Words, k + 1, end).Value is { Frame: EventFrame.Supply })
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> AgainstWord = new(StringComparer.Ordinal) { "against" };

    private bool HasDecisionObject(int first, int end, bool pronounObject = false)
    {
        for (var k = first; k < end && k < first + 6; k++)
        {
            var w = _view.Words[k];
            if (_lexicon.DecisionObject.Contains(w) && k > 0 && (Introduced(k - 1) || (k - 2 >= 0 && Introduced(k - 2))))
            {
                // "a request ... to hold a phone call": the request's content is named and is not aid.
                for (var m = k + 1; m < end && m < k + 6; m++)
                {
                    if (_view.Words[m] == "to" && m + 1 < end && _lexicon.Triggers.LongestAt(_view.Words, m + 1, end).Value is null && !_lexicon.UseVerb.Contains(_view.Words[m + 1]))
                    {
                        return false;
                    }
                }

                return true;
            }

            // "the U.S. backed it": a decision referred to by a pronoun.
            if (pronounObject && w is "it" or "them" && k == first)
            {
                return true;
            }
        }

        return false;
    }

    private bool Introduced(int k) =>
        ArticleView.IsDeterminer(_view.Words[k]) || _view.Words[k] is "a" or "an" || _view.Parties[k] is { Possessive: true };

    /// <summary>A use verb or noun in [first, clauseEnd) with a place inside Russia after it
    /// ("supports Ukraine hitting targets on Russian soil").</summary>
    public bool UseInsideRussia(int first, int clauseEnd, int sentenceEnd)
    {
        for (var k = first; k < clauseEnd; k++)
        {
            if ((_lexicon.UseVerb.Contains(_view.Words[k]) || _lexicon.UseNoun.Contains(_view.Words[k])) && HasTargetInRussia(k + 1, Math.Min(sentenceEnd, k + 14)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A use placed inside Russia ("targets on Russian soil", "over the border").</summary>
    public bool HasTargetInRussia(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var w = _view.Words[k];
            if (w is "russian")
            {
                // "Russian territory", "Russian soil": a place; "Russian cruise missiles": not one.
                if (k + 1 < end && _view.Words[k + 1] is "territory" or "soil" or "targets" or "airfields" or "border" or "regions" or "land" or "cities" or "side" or "bases" or "airbases")
                {
                    return true;
                }

                continue;
            }

            if (_lexicon.Target.Contains(w) && w is not "russian")
            {
                if (w is "russia" or "russia's" or "moscow" && !(k > first && _view.Words[k - 1] is "inside" or "into" or "within" or "in" or "on" or "against" or "deep" or "across"))
                {
                    continue; // "against Russia's aggression" names the enemy, not a place struck
                }

                return true;
            }
        }

        return false;
    }

    private bool AnyWord(int first, int end, IReadOnlySet<string> words)
    {
        for (var k = first; k < end; k++)
        {
            if (words.Contains(_view.Words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyParty(int first, int end, string party)
    {
        for (var k = first; k < end; k++)
        {
            if (_view.Parties[k] is { Party: { } p } && p == party)
            {
                return true;
            }
        }

        return false;
    }
}
