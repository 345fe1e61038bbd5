using System.Text;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Turns source phrases into <see cref="SourceRef"/>s with a kind and a readable name, in text
/// order, remembering earlier sources so that later mentions resolve to them:
/// <list type="bullet">
/// <item>An entity mention under the phrase gives its canonical name and type ("Kirby" -> "John Kirby").</item>
/// <item>Without entities: titles are dropped ("Secretary of State Antony Blinken" -> "Antony Blinken")
/// and a bare surname takes the full name written earlier ("Kirby" after "John Kirby").</item>
/// <item>Pronouns take the last source of a fitting kind ("he" a person, "it" an organisation);
/// "who" and "which" take the phrase before their comma.</item>
/// <item>Unnamed officials and sources get the gold label: "anonymous U.S. officials", "two
/// anonymous officials", "anonymous senior U.S. defense official"; people described by what they
/// know keep their words ("three people familiar with the discussions"). A definite or bare mention
/// ("the official", "officials") takes the label of the last such source it fits.</item>
/// <item>"the newspaper", "the paper" take the outlet last named before them.</item>
/// </list>
/// </summary>
internal sealed class SourceNamer
{
    private static readonly HashSet<string> LeadingDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "another", "this", "that", "these", "those",
    };

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "multiple", "many", "numerous", "few", "other", "both",
    };

    private readonly AttributionText _t;
    private readonly AttributionLexicon _lex;
    private readonly SourcePhrases _p;
    private readonly IReadOnlyList<EntityMention> _entities;
    private readonly List<(int Position, SourceRef Ref)> _seen = [];
    private readonly List<(int Position, string Name)> _outletMentions;

    public SourceNamer(AttributionText text, AttributionLexicon lexicon, IReadOnlyList<EntityMention> entities)
    {
        _t = text;
        _lex = lexicon;
        _p = new SourcePhrases(text, lexicon);
        _entities = entities;
        _outletMentions = FindOutletMentions();
    }

    public List<Domain.Analysis.Attribution> Resolve(List<AttributionCandidate> candidates)
    {
        var result = new List<Domain.Analysis.Attribution>(candidates.Count);
        foreach (var c in candidates.OrderBy(c => c.CueFirst))
        {
            var parts = OrderedPieces(c.Content.Where(p => p.Last >= p.First).Select(p => _t.SpanOf(p.First, p.Last)));
            if (parts.Count == 0)
            {
                continue;
            }

            var chain = new List<SourceRef>();
            var before = new List<SourceRef>();
            var after = new List<SourceRef>();
            foreach (var (phrase, role) in c.Links.OrderBy(l => l.Phrase.First))
            {
                var r = Name(phrase) with { Role = role };
                (role == SourceRole.Origin ? after : before).Add(r);
            }

            chain.AddRange(before);
            if (c.Speaker is { } sp)
            {
                chain.AddRange(Speakers(sp, chain));
            }
            else if (c.ImpliedSpeaker is { } implied)
            {
                chain.Add(implied);
            }

            chain.AddRange(after);

            var cue = _t.SpanOf(c.CueFirst, c.CueLast);
            var content = new TextSpan(parts[0].Start, parts[^1].End);
            var kind = c.Entry.Class switch
            {
                "speech" or "report" or "evidence" or "denial" => AttributionKind.Speech,
                "cognition" => AttributionKind.Belief,
                _ => AttributionKind.Stance,
            };
            result.Add(new Domain.Analysis.Attribution(cue, content, chain, $"{c.Entry.Lemma}/{c.Entry.Class}/{c.Pattern}") { ContentParts = parts, Kind = kind });
        }

        return result;
    }

    /// <summary>Content pieces in text order, overlapping pieces merged (a quote chain and a following quote may meet).</summary>
    private static List<TextSpan> OrderedPieces(IEnumerable<TextSpan> pieces)
    {
        var merged = new List<TextSpan>();
        foreach (var p in pieces.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start < merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, p.End));
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }

    /// <summary>The speaker links of a phrase: one, or one per coordinated name, with a relay for "the newspaper's sources".</summary>
    private List<SourceRef> Speakers(PhraseSpan sp, List<SourceRef> chain)
    {
        var refs = new List<SourceRef>();
        var head = HeadOf(sp);

        // "The newspaper's sources", "CNN's sources": the possessor relays its sources.
        for (var k = head.First + 1; k < head.Last; k++)
        {
            if (_t.Lower[k] is "'s" or "\u2019s")
            {
                var possessor = new PhraseSpan(head.First, k - 1);
                var owner = Name(possessor);
                if (owner.Kind == SourceKind.Outlet)
                {
                    chain.Add(owner with { Role = SourceRole.Relay });
                    var sources = Name(new PhraseSpan(k + 1, head.Last));
                    refs.Add(sources with { Span = _t.SpanOf(sp.First, sp.Last) });
                    Remember(sp.First, refs[^1]);
                    return refs;
                }

                break;
            }
        }

        // "Obama and Clinton", "the US official and a Ukrainian official": one link each.
        var and = -1;
        for (var k = head.First + 1; k < head.Last; k++)
        {
            if (_t.Lower[k] is "and" or "&")
            {
                and = k;
            }
        }

        // "U.S. and NATO officials" share one head: only conjuncts that are whole phrases are split.
        var sharedHead = and > 0 && and - 1 >= head.First && (_lex.Is("government-name", _t.Lower[and - 1]) || (and - 1 == head.First && !_p.IsPersonNoun(and - 1) && _t.IsCapitalized(and - 1) && _lex.Is("anonymous-head", _t.Lower[head.Last])));
        if (and > 0 && !sharedHead && !IsOneName(head))
        {
            foreach (var part in new[] { new PhraseSpan(head.First, and - 1), new PhraseSpan(and + 1, head.Last) })
            {
                var r = Name(part);
                refs.Add(r);
                Remember(part.First, r);
            }

            return refs;
        }

        var whole = Name(head) with { Span = _t.SpanOf(sp.First, sp.Last) };
        refs.Add(whole);
        Remember(sp.First, whole);
        return refs;
    }

    /// <summary>"Ernst and Young" style names are one; "Obama and Clinton" (two capitalised runs, each a name) are two.</summary>
    private bool IsOneName(PhraseSpan p) => _lex.Outlets.Contains(Surface(p)) || _entities.Any(e => e.Span.Contains(_t.SpanOf(p.First, p.Last)));

    /// <summary>The phrase without its appositive: "Clinton, the former secretary of State," -> "Clinton".</summary>
    private PhraseSpan HeadOf(PhraseSpan sp)
    {
        for (var k = sp.First; k <= sp.Last; k++)
        {
            if (_t.Word(k) == "," && k > sp.First)
            {
                // "Ukraine's ambassador in Copenhagen, Olena Marchuk,": the name in the appositive names the source.
                var close = k + 1;
                while (close <= sp.Last && _t.Word(close) != ",")
                {
                    close++;
                }

                var head = new PhraseSpan(sp.First, k - 1);
                if (close - 1 > k && _p.IsNameRun(k + 1, close - 1) && PersonalName(head).Count == 0 && !IsOutletName(Surface(head)))
                {
                    return new PhraseSpan(k + 1, close - 1);
                }

                return head;
            }
        }

        return sp;
    }

    private void Remember(int position, SourceRef r) => _seen.Add((position, r));

    /// <summary>A source link for a phrase: kind and name (see the class summary).</summary>
    private SourceRef Name(PhraseSpan p)
    {
        var span = _t.SpanOf(p.First, p.Last);
        if (p.First == p.Last && _p.IsSubjectPronoun(p.First))
        {
            return Pronoun(p.First, span);
        }

        if (p.First == p.Last && _t.Lower[p.First] == "that" && p.First > 0
            && _p.NounPhraseEndingAt(p.First - 1, _t.Sentences[_t.SentenceOf[p.First]].Start) is { } antecedent)
        {
            // "cities that support the regulations": the relative pronoun names its noun.
            return Name(antecedent) with { Span = span };
        }

        if (EntityUnder(p) is { } entity)
        {
            var kind = entity.Type switch
            {
                EntityType.Person => SourceKind.Person,
                EntityType.Org when IsOutletName(entity.CanonicalName) || IsOutletName(entity.Surface) => SourceKind.Outlet,
                _ => SourceKind.Organization,
            };
            return new SourceRef(entity.CanonicalName, kind, span);
        }

        var words = Words(p);
        if (words.Count > 0 && _t.Sentences[_t.SentenceOf[p.First]].Start == p.First && IsCommonWord(_t.Lower[p.First]))
        {
            // "Officials said" opens a sentence: the capital is the sentence's, not a name's.
            words[0] = _t.Lower[p.First] + words[0][_t.Word(p.First).Length..];
        }

        var bare = StripDeterminers(words);
        if (bare.Count == 0)
        {
            return new SourceRef(Surface(p), SourceKind.Anonymous, span);
        }

        var bareText = string.Join(' ', bare);
        var trailingNouns = 0;
        while (trailingNouns < bare.Count - 1 && _lex.Is("outlet-noun", bare[^(trailingNouns + 1)].ToLowerInvariant()) || (trailingNouns < bare.Count - 1 && bare[^(trailingNouns + 1)] is "news"))
        {
            trailingNouns++;
        }

        if (trailingNouns > 0 && IsOutletName(string.Join(' ', bare.Take(bare.Count - trailingNouns))))
        {
            // "Reuters news agency", "Haaretz daily": the outlet's name without its description.
            var name = string.Join(' ', bare.Take(bare.Count - trailingNouns));
            return new SourceRef(_lex.Outlets.Contains("The " + name) ? "The " + name : name, SourceKind.Outlet, span);
        }

        if (IsOutletName(bareText) || IsOutletName(string.Join(' ', words)))
        {
            return new SourceRef(OutletName(words), SourceKind.Outlet, span);
        }

        var headWord = HeadNoun(p);
        var headLower = _t.Lower[headWord];
        for (var k = p.First; k < p.Last; k++)
        {
            if (_lex.Is("outlet-noun", _t.Lower[k]) && !_t.IsCapitalized(k) && _p.IsNameRun(k + 1, p.Last))
            {
                // "the newspaper Politiken", "Israeli broadcaster Army Radio": the outlet is the name after its noun.
                return new SourceRef(Surface(new PhraseSpan(k + 1, p.Last)), SourceKind.Outlet, span);
            }
        }

        if (bare.Count <= 3 && _lex.Is("outlet-noun", headLower) && !_t.IsCapitalized(headWord))
        {
            // "the newspaper", "the paper": the outlet named last; "a British newspaper" stays as written.
            var definite = words[0].Equals("the", StringComparison.OrdinalIgnoreCase);
            var outlet = definite ? LastOutletBefore(p.First) : null;
            return new SourceRef(outlet ?? bareText, SourceKind.Outlet, span);
        }

        if (!HasCapital(p, exceptFirst: false) || IsAnonymousHead(headLower))
        {
            if (_lex.Is("anonymous-head", headLower) && !HasPersonalName(p))
            {
                return new SourceRef(AnonymousLabel(p, words, bare), SourceKind.Anonymous, span);
            }

            if (_lex.Is("people-head", headLower))
            {
                return new SourceRef(bareText, SourceKind.Anonymous, span);
            }

            if (_lex.Is("document-head", headLower) && !HasCapital(p, exceptFirst: true))
            {
                return new SourceRef(bareText, SourceKind.Document, span);
            }

            if (!HasCapital(p, exceptFirst: false))
            {
                // "the ministry" is an organisation, "the chancellor" a person known by role; "critics", "experts" are unnamed.
                var kind = _lex.Is("org-word", headLower) ? SourceKind.Organization : _lex.Is("title", headLower) ? SourceKind.Person : SourceKind.Anonymous;
                return new SourceRef(bareText, kind, span);
            }
        }

        return Capitalised(p, bare, span);
    }

    private SourceRef Capitalised(PhraseSpan p, List<string> bare, TextSpan span)
    {
        // A title followed by a name: a person ("House Speaker Nancy Pelosi").
        var person = PersonalName(p);
        if (person.Count > 0 && (person.Count < bare.Count || !HasOrgWord(p)))
        {
            var name = string.Join(' ', person);
            if (person.Count == 1)
            {
                name = FullNameEndingWith(person[0], p.First) ?? name;
            }

            return new SourceRef(name, SourceKind.Person, span);
        }

        if (HasOrgWord(p))
        {
            return new SourceRef(string.Join(' ', bare), SourceKind.Organization, span);
        }

        var last = _t.Lower[p.Last];
        if (_lex.Is("outlet-suffix", last) && bare.Count > 1)
        {
            return new SourceRef(OutletName(Words(p)), SourceKind.Outlet, span);
        }

        return new SourceRef(string.Join(' ', bare), SourceKind.Person, span);
    }

    private SourceRef Pronoun(int i, TextSpan span)
    {
        var w = _t.Lower[i];
        if (w is "who" or "which" && i - 2 >= 0 && _t.Word(i - 1) == ",")
        {
            var np = _p.NounPhraseEndingAt(i - 2, _t.Sentences[_t.SentenceOf[i]].Start);
            if (np is { } antecedent && !(antecedent.First == antecedent.Last && _p.IsSubjectPronoun(antecedent.First)))
            {
                return Name(antecedent) with { Span = span };
            }
        }

        Func<SourceRef, bool> fits = w switch
        {
            "he" or "she" or "who" or "i" => r => r.Kind == SourceKind.Person,
            "it" or "which" => r => r.Kind is SourceKind.Organization or SourceKind.Outlet or SourceKind.Document,
            "they" or "we" => r => r.Kind is SourceKind.Anonymous or SourceKind.Organization,
            _ => _ => false,
        };
        for (var k = _seen.Count - 1; k >= 0; k--)
        {
            if (_seen[k].Position < i && fits(_seen[k].Ref) && _seen[k].Ref.Span is not null)
            {
                return _seen[k].Ref with { Span = span, Role = SourceRole.Speaker };
            }
        }

        if (w is "he" or "she" && LastPersonNameBefore(i) is { } name)
        {
            return new SourceRef(name, SourceKind.Person, span);
        }

        return new SourceRef(_t.Word(i), w is "he" or "she" or "i" or "who" ? SourceKind.Person : SourceKind.Anonymous, span);
    }

    /// <summary>"anonymous U.S. officials", "two anonymous officials"; a definite or bare mention takes the label of the last source it fits.</summary>
    private string AnonymousLabel(PhraseSpan p, List<string> words, List<string> bare)
    {
        var definite = words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || words.Count == bare.Count && bare.Count <= 2 && !Quantities.Contains(bare[0]);
        if (definite)
        {
            var head = _t.Lower[HeadNoun(p)];
            var wanted = bare.Select(b => b.ToLowerInvariant()).ToHashSet();
            for (var k = _seen.Count - 1; k >= 0; k--)
            {
                var r = _seen[k].Ref;
                if (_seen[k].Position >= p.First || r.Kind != SourceKind.Anonymous || !r.Name.StartsWith("anonymous ", StringComparison.Ordinal) && !r.Name.Contains(" anonymous ", StringComparison.Ordinal))
                {
                    continue;
                }

                var theirs = r.Name.ToLowerInvariant().Split(' ').ToHashSet();
                if (theirs.Contains(head) && wanted.IsSubsetOf(theirs))
                {
                    return r.Name;
                }
            }
        }

        var label = new StringBuilder();
        var i = 0;
        while (i < bare.Count && Quantities.Contains(bare[i]))
        {
            label.Append(bare[i]).Append(' ');
            i++;
        }

        if (!bare.Any(b => b.Equals("anonymous", StringComparison.OrdinalIgnoreCase)))
        {
            label.Append("anonymous ");
        }

        label.AppendJoin(' ', bare.Skip(i));
        return label.ToString();
    }

    /// <summary>The head noun of a phrase: its last word, or the word before a post-modifier ("people familiar with ...", "a source in Congress").</summary>
    private int HeadNoun(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (k > p.First && (_p.IsPreposition(k) || _lex.Is("people-qualifier", _t.Lower[k])) && _t.Lower[k] != "of")
            {
                return k - 1;
            }
        }

        var last = p.Last;
        while (last > p.First && _t.Lower[last] is "'" or "\u2019")
        {
            last--;
        }

        return last;
    }

    /// <summary>The outlet named last before token <paramref name="position"/>: in the outlet list, or a source already named as an outlet.</summary>
    private string? LastOutletBefore(int position)
    {
        var listed = _outletMentions.LastOrDefault(o => o.Position < position);
        var named = _seen.LastOrDefault(s => s.Position < position && s.Ref.Kind == SourceKind.Outlet && s.Ref.Span is not null && !_lex.Is("outlet-noun", s.Ref.Name.ToLowerInvariant()));
        if (named.Ref is null)
        {
            return listed.Name;
        }

        return listed.Name is null || named.Position > listed.Position ? named.Ref.Name : listed.Name;
    }

    private bool IsCommonWord(string w) =>
        LeadingDeterminers.Contains(w) || Quantities.Contains(w) || _lex.Is("anonymous-head", w) || _lex.Is("people-head", w) || _lex.Is("person-noun", w)
        || _lex.Is("determiner", w) || w is "senior" or "top" or "former" or "unnamed" or "local" or "military" or "government" or "administration";

    private bool IsAnonymousHead(string w) => _lex.Is("anonymous-head", w) || _lex.Is("people-head", w);

    /// <summary>True when the phrase has a capitalised word that is not a title, a nationality or a group: a personal name.</summary>
    private bool HasPersonalName(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_t.IsCapitalized(k) && !_lex.Is("title", _t.Lower[k]) && _t.Lower[k] is not ("a" or "an" or "the" or "another") && k + 1 <= p.Last && _t.IsCapitalized(k + 1) && !_lex.Is("title", _t.Lower[k + 1]) && !_lex.Is("org-word", _t.Lower[k + 1]) && !_lex.Is("government-name", _t.Lower[k + 1]) && !_lex.Is("government-name", _t.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trailing run of capitalised words that are not titles: the person's name ("Antony Blinken").</summary>
    private List<string> PersonalName(PhraseSpan p)
    {
        var run = new List<string>();
        var k = p.Last;
        while (k >= p.First && _t.IsCapitalized(k) && !_lex.Is("title", _t.Lower[k]) && !_lex.Is("org-word", _t.Lower[k]) && !_lex.Is("government-name", _t.Lower[k]) && _t.IsWord(k))
        {
            run.Insert(0, _t.Word(k));
            k--;
        }

        if (run.Count == 0)
        {
            return run;
        }

        // A name needs a title (or an affiliation: "State Department Ned Price") before it, or the run must be the whole phrase.
        var titled = k >= p.First && (_lex.Is("title", _t.Lower[k]) || _lex.Is("org-word", _t.Lower[k]) || _lex.Is("government-name", _t.Lower[k]) || _t.Lower[k] is "." or "'s" or "\u2019s");
        return titled || k < p.First || (k == p.First && LeadingDeterminers.Contains(_t.Lower[k])) ? run : [];
    }

    private bool HasOrgWord(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_lex.Is("org-word", _t.Lower[k]) || _lex.Is("government-name", _t.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most recent full name (two or more capitalised words) written before <paramref name="before"/> that ends with <paramref name="surname"/>.</summary>
    private string? FullNameEndingWith(string surname, int before)
    {
        foreach (var r in Enumerable.Reverse(_seen))
        {
            if (r.Ref.Kind == SourceKind.Person && r.Ref.Name.Contains(' ', StringComparison.Ordinal) && r.Ref.Name.EndsWith(" " + surname, StringComparison.Ordinal))
            {
                return r.Ref.Name;
            }
        }

        for (var k = Math.Min(before, _t.Count) - 1; k > 0; k--)
        {
            if (_t.Word(k) == surname && _t.IsCapitalized(k - 1) && !_lex.Is("title", _t.Lower[k - 1]) && !_lex.Is("org-word", _t.Lower[k - 1])
                && !_lex.Is("government-name", _t.Lower[k - 1]) && _t.IsWord(k - 1) && !_t.ParagraphStart[k] && _t.Sentences[_t.SentenceOf[k]].Start != k
                && _t.Lower[k - 1] is not ("the" or "a" or "mr." or "mrs." or "ms." or "but" or "and"))
            {
                var first = k - 1;
                if (_t.Sentences[_t.SentenceOf[first]].Start == first && SourcePhrasesOpener(first))
                {
                    continue;
                }

                return _t.Word(first) + " " + surname;
            }
        }

        return null;
    }

    private bool SourcePhrasesOpener(int i) => _t.Lower[i] is "but" or "and" or "in" or "on" or "at" or "when" or "after" or "before" or "if" or "as" or "while" or "then" or "so";

    /// <summary>The last "First Last" name written before token <paramref name="before"/> (for "he", "she" without an earlier source).</summary>
    private string? LastPersonNameBefore(int before)
    {
        var floor = Math.Max(0, before - 400);
        for (var k = before - 1; k > floor; k--)
        {
            if (_t.IsCapitalized(k) && _t.IsCapitalized(k - 1) && _t.IsWord(k) && _t.IsWord(k - 1) && !_lex.Is("title", _t.Lower[k]) && !_lex.Is("org-word", _t.Lower[k])
                && !_lex.Is("government-name", _t.Lower[k]) && !_lex.Is("title", _t.Lower[k - 1]) && !_lex.Is("org-word", _t.Lower[k - 1])
                && !_lex.Is("government-name", _t.Lower[k - 1]) && !SourcePhrasesOpener(k - 1) && _t.Lower[k - 1] is not ("the" or "a")
                && !SourcePhrases.IsWeekday(_t.Lower[k]) && !SourcePhrases.IsMonth(_t.Lower[k]) && !IsOutletName(_t.Word(k - 1) + " " + _t.Word(k)))
            {
                return _t.Word(k - 1) + " " + _t.Word(k);
            }
        }

        return null;
    }

    private EntityMention? EntityUnder(PhraseSpan p)
    {
        if (_entities.Count == 0)
        {
            return null;
        }

        var span = _t.SpanOf(p.First, p.Last);
        EntityMention? best = null;
        foreach (var e in _entities)
        {
            if (e.Span.Overlaps(span) && e.Type != EntityType.System && (best is null || e.Span.End > best.Span.End || (e.Span.End == best.Span.End && e.Span.Length > best.Span.Length)))
            {
                best = e;
            }
        }

        // An entity inside an anonymous description ("a senior U.S. defense official") does not name the source.
        if (best is not null && best.Span.End < span.End && IsAnonymousHead(_t.Lower[HeadNoun(p)]))
        {
            return null;
        }

        return best;
    }

    private bool IsOutletName(string s) =>
        _lex.Outlets.Contains(s) || (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _lex.Outlets.Contains(s[4..]));

    private static string OutletName(List<string> words)
    {
        var s = string.Join(' ', words);
        return s.StartsWith("the ", StringComparison.Ordinal) ? "The " + s[4..] : s;
    }

    private List<(int Position, string Name)> FindOutletMentions()
    {
        var found = new List<(int, string)>();
        for (var k = 0; k < _t.Count; k++)
        {
            if (!_t.IsCapitalized(k))
            {
                continue;
            }

            for (var end = Math.Min(_t.Count - 1, k + 5); end >= k; end--)
            {
                var s = _t.Text[_t.Tokens[k].Span.Start.._t.Tokens[end].Span.End];
                if (_lex.Outlets.Contains(s))
                {
                    var name = k > 0 && _t.Word(k - 1) == "The" ? "The " + s : s;
                    found.Add((k, name));
                    k = end;
                    break;
                }
            }
        }

        return found;
    }

    private bool HasCapital(PhraseSpan p, bool exceptFirst)
    {
        for (var k = exceptFirst ? p.First + 1 : p.First; k <= p.Last; k++)
        {
            if (_t.IsCapitalized(k) && !(k == p.First && LeadingDeterminers.Contains(_t.Lower[k])))
            {
                return true;
            }
        }

        return false;
    }

    private List<string> Words(PhraseSpan p)
    {
        var words = new List<string>(p.Length);
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_t.Lower[k] is "'s" or "\u2019s" or "'" or "\u2019" && words.Count > 0)
            {
                words[^1] += _t.Word(k);
                continue;
            }

            words.Add(_t.Word(k));
        }

        return words;
    }

    private static List<string> StripDeterminers(List<string> words)
    {
        var i = 0;
        while (i < words.Count && LeadingDeterminers.Contains(words[i]))
        {
            i++;
        }

        return words.Skip(i).ToList();
    }

    private string Surface(PhraseSpan p) => _t.SpanOf(p.First, p.Last).Of(_t.Text);
}
