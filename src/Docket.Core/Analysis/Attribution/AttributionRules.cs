using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// The attribution patterns over one document (see <see cref="AttributionExtractor"/>): finds cue
/// words, then for each the speaker, the chain links and the content, as token ranges.
/// Cue words inside a quotation (or inside a transcript turn, "WALLACE: ...") are not looked at:
/// the quoted speaker owns those words, and the quote's own frame says who that is.
/// </summary>
internal sealed class AttributionRules
{
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "'s", "\u2019s", "any", "no",
        "such", "every", "each", "new", "first", "last", "latest", "public", "recent", "earlier", "other", "further", "phone", "of",
        "initial", "previous", "repeated", "many", "several", "some", "two", "three", "similar", "private",
    };

    /// <summary>Forms of "be": a cue's past participle after one of them is passive ("is expected", "was accused").</summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal) { "is", "are", "was", "were", "be", "been", "being", "'s", "\u2019s" };

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal) { "told", "thought", "known", "shown", "found", "written", "said", "seen", "understood" };

    private static readonly HashSet<string> Dashes = new(StringComparer.Ordinal) { "\u2015", "\u2014", "\u2013", "--", "-" };

    private readonly AttributionText _t;
    private readonly AttributionLexicon _lex;
    private readonly SourcePhrases _p;
    private readonly bool[] _spoken;
    private readonly HashSet<int> _consumed = [];

    public AttributionRules(AttributionText text, AttributionLexicon lexicon)
    {
        _t = text;
        _lex = lexicon;
        _p = new SourcePhrases(text, lexicon);
        _spoken = new bool[text.Count];
    }

    public List<AttributionCandidate> FindAll()
    {
        var all = new List<AttributionCandidate>();
        all.AddRange(Turns());
        all.AddRange(DashQuotes());
        for (var i = 0; i < _t.Count; i++)
        {
            // An unclosed quote that no paragraph continues is more often a stray mark than speech.
            var q = _t.QuoteOf[i];
            _spoken[i] |= q >= 0 && (_t.Quotes[q].Closed || _t.Quotes[q].Next >= 0);
        }

        for (var s = 0; s < _t.Sentences.Count; s++)
        {
            var inSentence = new List<AttributionCandidate>();
            var headline = _t.IsHeadline(s);
            foreach (var (first, last, entry) in FindCues(s, headline))
            {
                if (_consumed.Contains(first))
                {
                    continue;
                }

                var c = Match(s, first, last, entry, inSentence, headline);
                if (c is not null && c.Content.Count > 0)
                {
                    c.Sentence = s;
                    inSentence.Add(c);
                }
            }

            Nominals(s, inSentence);
            CutLeadingContents(inSentence);
            all.AddRange(inSentence);
        }

        AddFollowingQuotes(all);
        return all;
    }

    /// <summary>Cue words of sentence <paramref name="s"/>, left to right, longest form first, never overlapping.</summary>
    private IEnumerable<(int First, int Last, CueEntry Entry)> FindCues(int s, bool headline)
    {
        var (start, end) = _t.Sentences[s];
        for (var i = start; i < end; i++)
        {
            if (!_t.IsWord(i) || _spoken[i])
            {
                continue;
            }

            foreach (var entry in _lex.CuesStartingWith(_t.Lower[i]))
            {
                var n = entry.Words.Length;
                if (i + n > end || !Matches(i, entry))
                {
                    continue;
                }

                if (IsCueReading(i, entry, headline, start, end))
                {
                    yield return (i, i + n - 1, entry);
                    i += n - 1;
                }

                break;
            }
        }
    }

    private bool Matches(int i, CueEntry entry)
    {
        for (var k = 0; k < entry.Words.Length; k++)
        {
            if (!string.Equals(_t.Lower[i + k], entry.Words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rejects noun readings ("his claims", "a phone call"), infinitives and capitalised words inside names.</summary>
    private bool IsCueReading(int i, CueEntry entry, bool headline, int sentenceStart, int sentenceEnd)
    {
        if (_t.IsCapitalized(i) && !headline && i != sentenceStart && !(i > 0 && _t.IsQuoteMark(i - 1)))
        {
            return false;
        }

        if (entry.Frame == CueFrame.SourceAfter)
        {
            return true;
        }

        if (entry.Frame == CueFrame.Adverb)
        {
            // "reportedly said": the adverb belongs to the verb's frame.
            for (var k = i + 1; k < Math.Min(sentenceEnd, i + 3); k++)
            {
                if (_lex.CuesStartingWith(_t.Lower[k]).Any(e => e.Frame is not (CueFrame.Adverb or CueFrame.SourceAfter)))
                {
                    return false;
                }
            }

            return true;
        }

        if (i > sentenceStart)
        {
            var prev = _t.Lower[i - 1];
            if (NounDeterminers.Contains(prev) || prev == "to" || (prev is "and" or "or" && i - 2 >= sentenceStart && NounDeterminers.Contains(_t.Lower[i - 2])))
            {
                return false;
            }
        }

        // "ruled out", "backed off": a phrasal verb the lexicon does not list is another verb.
        if (entry.Words.Length == 1 && i + 1 < sentenceEnd && _t.Lower[i + 1] is "out" or "off" or "down" or "up" or "away")
        {
            return false;
        }

        // Plain "call" is too often a noun; "called X Y" and "call for" are cues.
        return !(entry.Lemma == "call" && entry.Words[^1] == "call");
    }

    private AttributionCandidate? Match(int s, int first, int last, CueEntry entry, List<AttributionCandidate> earlier, bool headline)
    {
        var (lo, hi) = _t.Sentences[s];
        return entry.Frame switch
        {
            CueFrame.SourceAfter => AccordingTo(first, last, entry, lo, hi),
            CueFrame.Adverb => Adverb(first, last, entry, lo, hi),
            _ => Verb(first, last, entry, lo, hi, earlier, headline),
        };
    }

    private AttributionCandidate? Verb(int first, int last, CueEntry entry, int lo, int hi, List<AttributionCandidate> earlier, bool headline)
    {
        var vg = _p.VerbGroupStart(first, lo);
        var c = new AttributionCandidate(vg, last, entry, "leading");
        var afterCue = last + 1;
        var frameEnd = afterCue;
        var before = vg - 1;

        if (IsPassive(vg, first, last) || entry.Sourceless)
        {
            return Passive(c, vg, last, lo, hi);
        }

        if (entry.NeedsThat && !(afterCue < hi && (_t.Lower[afterCue] is "that" or ":" || _t.IsOpeningQuote(afterCue)))
            && !(vg - 1 >= lo && (_t.IsClosingQuote(vg - 1) || _t.Word(vg - 1) == ",")))
        {
            // "found a way", "learned from the experience": not a report.
            return null;
        }

        if (vg == first && afterCue < hi && _t.Lower[afterCue] == "by" && (_t.Lower[first].EndsWith("ed", StringComparison.Ordinal) || _t.Lower[first].EndsWith("ing", StringComparison.Ordinal)))
        {
            // "a coalition backed by the West", "reporting by Lawrence Hurley": a participle modifying a noun.
            return null;
        }

        var shared = before >= lo && (
            (entry.IsParticiple && vg == first && _t.Word(before) == ",")
            || (_t.Lower[before] is "and" or "but" or "or" && before > lo && !entry.MayBeNoun));
        if (shared)
        {
            // "..., saying that ..." and "... and said ...": the speaker is the main clause's.
            c.Pattern = entry.IsParticiple && _t.Word(before) == "," ? "participle" : "coordinated";
            c.Speaker = earlier.LastOrDefault(e => e.Speaker is not null)?.Speaker ?? MainSubject(lo, before);
            if (c.Speaker is null)
            {
                return null;
            }

            LeadingContent(c, entry, afterCue, hi);
            return c;
        }

        var e = _p.SkipTimeLeft(before, lo);
        e = _p.SkipTimeLeft(_p.SkipSettingLeft(e, lo), lo);
        PhraseSpan? relay = null;
        var subject = headline ? HeadlineSubject(lo, vg) : null;
        subject ??= _p.SubjectEndingAt(e, lo, out relay);
        if (subject is { } subj && entry.IsParticiple && vg == first && !IsPersonLike(subj))
        {
            // "a statement calling ...", "footage of Trump saying ...": the speaker is the main clause's.
            subject = earlier.LastOrDefault(x => x.Speaker is not null)?.Speaker ?? MainSubject(lo, subj.First);
            relay = null;
        }

        if (subject is { } absolute && absolute.First - 1 >= lo && _t.Lower[absolute.First - 1] is "with" or "without")
        {
            // "with no new decision announced": an absolute phrase, not a speaker.
            return null;
        }

        if (subject is { } ns && entry.MayBeNoun && !IsVerbReading(ns, vg, first, headline))
        {
            return null;
        }

        if (subject is null && entry.MayBeNoun)
        {
            return null;
        }

        if (subject is { } sb)
        {
            c.Speaker = sb;
            c.FrameFirst = sb.First;
            if (relay is { } r)
            {
                c.Links.Add((r, SourceRole.Relay));
                c.Speaker = sb.First < r.First - 2 ? new PhraseSpan(sb.First, r.First - 3) : sb;
            }

            if (headline && relay is null && sb.First <= lo + 1)
            {
                c.Pattern = "headline";
            }
        }
        else if (entry.Inverts && before >= lo && (_t.Word(before) == "," || _t.IsClosingQuote(before)))
        {
            var inv = _p.NounPhraseStartingAt(afterCue, hi);
            if (inv is not { } who || _p.SkipTimeRight(afterCue, hi) > afterCue || !IsSpeakerLike(who))
            {
                return null;
            }

            c.Speaker = InvertedWithAppositive(who, hi);
            c.FrameFirst = vg;
            c.Pattern = "inverted";
            frameEnd = c.Speaker.Value.Last + 1;
        }
        else
        {
            return null;
        }

        if (c.Speaker is { } sp && _t.Lower[sp.Last] is "it" && entry.Class is "cognition" or "evidence")
        {
            return null;
        }

        if (entry.Lemma == "call" && entry.Words.Length == 1 && (c.Speaker is not { } caller || !IsSpeakerLike(caller) || (afterCue < hi && _t.Lower[afterCue] is "a" or "an" or "in" or "back" or "off")))
        {
            // "a stream called Miracle Run", "called an emergency meeting", "called in": naming or convening, not judging.
            return null;
        }

        if (entry.QuotesOnly && !(before >= lo && (_t.IsClosingQuote(before) || (_t.Word(before) == "," && before > lo && _t.IsClosingQuote(before - 1))))
            && !(frameEnd < hi && (_t.Word(frameEnd) == ":" || _t.IsOpeningQuote(frameEnd) || (_t.Word(frameEnd) == "," && frameEnd + 1 < hi && _t.IsOpeningQuote(frameEnd + 1)))))
        {
            // "continued" reports speech only next to a quote or a colon ("Caddell continued: ..."), not in "talks continued for months".
            return null;
        }

        var j = frameEnd;
        PhraseSpan? recipient = null;
        if (entry.Frame == CueFrame.Recipient)
        {
            recipient = _p.RecipientStartingAt(j, hi);
            if (recipient is { } rcp)
            {
                if (IsOutletPhrase(rcp))
                {
                    c.Links.Add((rcp, SourceRole.Channel));
                }

                j = rcp.Last + 1;
            }
        }

        var channels = new List<PhraseSpan>();
        j = _p.SkipAdjunctsRight(j, hi, channels);
        foreach (var ch in channels)
        {
            if (IsOutletPhrase(ch))
            {
                c.Links.Add((ch, SourceRole.Channel));
            }
        }

        j = Citing(c, j, hi);
        var frameFirst = c.Pattern == "inverted" ? vg : Math.Min(c.FrameFirst, vg);
        var b = frameFirst - 1;
        var endsSentence = OnlyClosingPunctuation(j, hi);
        // ""Why not?" Vitter demanded.": the splitter ends a sentence after "?"" so the quote may close just before this sentence.
        var quoteBefore = (b >= lo || (b == lo - 1 && b >= 0 && endsSentence)) && (_t.IsClosingQuote(b) || (b >= lo && _t.Word(b) == "," && b - 1 >= lo && _t.IsClosingQuote(b - 1)))
            && !IsQuotedTitle(_t.QuoteOf[_t.IsClosingQuote(b) ? b : b - 1]);
        var commaBefore = b >= lo && (_t.Word(b) == "," || Dashes.Contains(_t.Word(b)));
        var continues = j < hi && _t.Word(j) == ",";

        if (quoteBefore)
        {
            // ""Q," X said ...": the content is the quote, whatever follows the frame.
            c.Trailing = true;
            c.FrameFirst = frameFirst;
            c.Pattern = c.Pattern == "inverted" ? "inverted-quote" : "trailing-quote";
            var q = _t.QuoteOf[_t.IsClosingQuote(b) ? b : b - 1];
            var leadIn = b >= lo && _t.Quotes[q].Open > lo && _t.Quotes[q].Previous < 0 && earlier.Count == 0 && !_t.IsQuoteMark(lo);
            if (leadIn)
            {
                // "With thousands of systems, "there is no single point of failure," he said."
                c.Content.Add(new PhraseSpan(lo, _t.Quotes[q].Close));
            }
            else
            {
                AddQuoteChain(c, q);
            }

            FollowingQuoteInSentence(c, j, hi);
            return c;
        }

        if (commaBefore && (endsSentence || (continues && !(j + 1 < hi && _t.IsOpeningQuote(j + 1)))))
        {
            if (b - 1 < lo)
            {
                return null;
            }

            c.Trailing = true;
            c.FrameFirst = frameFirst;
            if (c.Pattern != "inverted")
            {
                c.Pattern = "trailing";
            }

            c.Content.Add(ExtendToQuote(new PhraseSpan(ContentStart(lo), TrimEnd(lo, b - 1))));
            if (continues)
            {
                Continuation(c, j + 1, hi);
            }

            return c;
        }

        if (c.Pattern == "inverted")
        {
            return null;
        }

        // Leading: the content follows. Request verbs keep their object ("called on Obama to act").
        var contentStart = j;
        if (entry.Frame == CueFrame.Object || (entry.Class == "request" && recipient is null))
        {
            contentStart = afterCue;
        }

        LeadingContent(c, entry, contentStart, hi);
        return c.Content.Count > 0 ? c : null;
    }

    /// <summary>
    /// For a cue form that is also a noun ("debate", "plans", "support"): a verb only after a subject
    /// that can speak (a pronoun, a name, a noun for people or groups) and that agrees with it: the
    /// -s form wants a singular subject and no verb after it ("tax issues is"), the base form a
    /// plural subject or an auxiliary ("officials support", "did not support"). Never in headlines.
    /// </summary>
    private bool IsVerbReading(PhraseSpan subject, int vg, int cue, bool headline)
    {
        if (headline || !IsSpeakerLike(subject))
        {
            return false;
        }

        var w = _t.Lower[cue];
        var next = cue + 1 < _t.Count ? _t.Lower[cue + 1] : "";
        var head = _t.Lower[HeadOf(subject)];
        // A plural subject: a plural pronoun, a lower-case plural (or one capitalised only by the sentence start:
        // "Polls show"), a plural of people or parties ("Democrats", "Ukrainians"), or a coordination.
        var h = HeadOf(subject);
        var sentenceInitial = _t.Sentences[_t.SentenceOf[h]].Start == h;
        var plural = head is "they" or "we" or "i" or "you" || head is "people" or "police" || HasCoordination(subject)
            || (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && head.Length > 3
                && (!_t.IsCapitalized(h) || sentenceInitial || head.EndsWith("ans", StringComparison.Ordinal) || head.EndsWith("ats", StringComparison.Ordinal) || head.EndsWith("ists", StringComparison.Ordinal)));
        var hasAuxiliary = vg < cue;
        if (_lex.Is("auxiliary", next) || next is "that" && false)
        {
            return false;
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            // "Tax rates rose": a lower-case word after the -s form that cannot start its object is the verb of a noun subject.
            var nextIsVerb = cue + 1 < _t.Count && !_t.IsCapitalized(cue + 1)
                && ((next.EndsWith("ed", StringComparison.Ordinal) && next.Length > 4) || _lex.Is("common-verb", next) || _lex.Is("auxiliary", next) || _lex.Is("negation", next));
            return !plural && !hasAuxiliary && !nextIsVerb;
        }

        return plural || hasAuxiliary;
    }

    private int HeadOf(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_t.Word(k) == "," || (k > p.First && _p.IsPreposition(k)))
            {
                return Math.Max(p.First, k - 1);
            }
        }

        return p.Last;
    }

    private bool HasCoordination(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_t.Lower[k] is "and" or "&")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject that can say or hold something: a pronoun, a name, or a noun for people, groups, outlets or documents.</summary>
    private bool IsSpeakerLike(PhraseSpan p)
    {
        if (_p.HasName(p))
        {
            return true;
        }

        var h = HeadOf(p);
        var w = _t.Lower[h];
        return _p.IsPersonNoun(h) || _lex.Is("org-word", w) || _lex.Is("outlet-noun", w) || _lex.Is("document-head", w) || w is "police" or "who";
    }

    /// <summary>A quote that names something ("a broadcast of "Fox News Sunday,"") rather than quoting speech: it follows a preposition or determiner.</summary>
    private bool IsQuotedTitle(int q)
    {
        var open = _t.Quotes[q].Open;
        return open > 0 && !_t.ParagraphStart[open] && _t.Lower[open - 1] is "of" or "on" or "in" or "at" or "the" or "a" or "an" or "'s" or "\u2019s" or "called" or "titled" or "dubbed" or "named" or "show" or "program" or "film" or "book";
    }

    /// <summary>
    /// Where a content that runs from the start of a sentence begins: after a dateline that opens the
    /// paragraph ("COPENHAGEN, March 3 - ", "KYIV (Reuters) -"), else at the sentence start.
    /// </summary>
    private int ContentStart(int lo)
    {
        if (!_t.ParagraphStart[lo] || !_t.IsWord(lo) || _t.Word(lo).Length < 2 || _t.Word(lo).Any(char.IsLower))
        {
            return lo;
        }

        for (var k = lo + 1; k < Math.Min(_t.Count - 1, lo + 12); k++)
        {
            if (Dashes.Contains(_t.Word(k)))
            {
                return k + 1;
            }

            if (_t.Word(k) is "." or ";" || _t.IsQuoteMark(k))
            {
                break;
            }
        }

        return lo;
    }

    /// <summary>True for "is expected", "was accused", "has been criticized": a form of "be" before the cue's past participle.</summary>
    private bool IsPassive(int vg, int first, int last)
    {
        var w = _t.Lower[last];
        var participle = w.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(w);
        if (!participle || last != first)
        {
            return false;
        }

        for (var k = vg; k < first; k++)
        {
            if (BeForms.Contains(_t.Lower[k]) && !(k == vg && _t.Lower[k] is "'s" or "\u2019s"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"X is expected to ...", "X was told by Y that ...": the subject is part of the content; a "by" phrase is the speaker.</summary>
    private AttributionCandidate? Passive(AttributionCandidate c, int vg, int last, int lo, int hi)
    {
        c.Pattern = c.Entry.Sourceless ? "sourceless" : "passive";
        var subject = _p.SubjectEndingAt(_p.SkipTimeLeft(vg - 1, lo), lo, out _);
        var j = last + 1;
        if (j + 1 < hi && _t.Lower[j] == "by" && _p.NounPhraseStartingAt(j + 1, hi) is { } agent)
        {
            c.Speaker = agent;
            j = agent.Last + 1;
        }

        var channels = new List<PhraseSpan>();
        j = _p.SkipAdjunctsRight(j, hi, channels);
        if (subject is { } s && !(s.First == s.Last && _p.IsSubjectPronoun(s.First) && _t.Lower[s.First] is "who" or "which" or "that"))
        {
            c.Content.Add(s);
        }

        var before = c.Content.Count;
        LeadingContent(c, c.Entry, j, hi);
        return c.Content.Count > before ? c : null;
    }

    /// <summary>"said Alan Cole, an economist at the Tax Foundation": the inverted speaker with its appositive.</summary>
    private PhraseSpan InvertedWithAppositive(PhraseSpan who, int hi)
    {
        var k = who.Last + 1;
        if (k + 1 >= hi || _t.Word(k) != "," || !(_p.IsDeterminer(k + 1) || (_lex.Is("title", _t.Lower[k + 1]) && !_t.IsCapitalized(k + 1))))
        {
            return who;
        }

        var end = k + 1;
        while (end + 1 < hi && !_t.IsQuoteMark(end + 1) && _t.Word(end + 1) is not (";" or "." or ":"))
        {
            end++;
        }

        end = TrimEnd(k + 1, end);
        return end > k ? new PhraseSpan(who.First, end) : who;
    }

    private bool IsPersonLike(PhraseSpan p) =>
        _p.HasName(p) || _p.IsPersonNoun(p.Last) || (_lex.Is("people-head", _t.Lower[p.Last]));

    private PhraseSpan? HeadlineSubject(int lo, int vg)
    {
        var first = lo;
        if (first < vg && _t.IsQuoteMark(first))
        {
            first++;
        }

        if (vg - first is < 1 or > 5)
        {
            return null;
        }

        for (var k = first; k < vg; k++)
        {
            if (!_t.IsWord(k))
            {
                return null;
            }
        }

        return new PhraseSpan(first, vg - 1);
    }

    /// <summary>The subject of a sentence's main clause: the first noun phrase after openers and an introductory phrase.</summary>
    private PhraseSpan? MainSubject(int lo, int before)
    {
        var i = lo;
        while (i < before && _t.IsCapitalized(i) && _t.Lower[i] is "but" or "and" or "yet" or "so" or "still" or "meanwhile" or "however")
        {
            i++;
        }

        if (i < before && _t.Word(i) == ",")
        {
            i++;
        }

        // Skip an introductory phrase that ends in a comma ("On Tuesday, ...", "In Kyiv, ...").
        if (i < before && (_p.IsPreposition(i) || _t.Lower[i] is "last" or "earlier" or "after" or "when" or "while" or "as" or "chastened" || _p.SkipTimeRight(i, before) > i))
        {
            var comma = i;
            while (comma < before && _t.Word(comma) != ",")
            {
                comma++;
            }

            if (comma < before)
            {
                i = comma + 1;
            }
        }

        // The first noun phrase that can speak: "Hours after the White House left the door open, saying ..." gives the White House.
        for (var k = i; k < before; k++)
        {
            var np = _p.NounPhraseStartingAt(k, before);
            if (np is not { } n)
            {
                continue;
            }

            var timeWord = n.First == n.Last && n.First == lo && n.Last + 1 < before && (_p.IsPreposition(n.Last + 1) || _t.Lower[n.Last + 1] is "later" or "ago" or "earlier");
            if (IsSpeakerLike(n) && !timeWord)
            {
                // ("Hours after ...", "Days later ...": a measure of time, not a subject.)
                if (n.Last + 1 < before && _t.Word(n.Last + 1) == "," && _p.SubjectEndingAt(FindAppositiveEnd(n.Last + 1, before), k, out _) is { } withAppositive)
                {
                    return withAppositive;
                }

                return n;
            }

            k = n.Last;
        }

        return null;
    }

    private int FindAppositiveEnd(int comma, int before)
    {
        for (var k = comma + 1; k < before; k++)
        {
            if (_t.Word(k) == ",")
            {
                return k;
            }
        }

        return comma;
    }

    /// <summary>Content that follows the cue: a quote, a that-clause or the rest of the clause.</summary>
    private void LeadingContent(AttributionCandidate c, CueEntry entry, int j, int hi)
    {
        var channels = new List<PhraseSpan>();
        if (c.Pattern is "participle" or "coordinated" && entry.Frame == CueFrame.Recipient)
        {
            var r = _p.RecipientStartingAt(j, hi);
            if (r is { } rcp)
            {
                if (IsOutletPhrase(rcp))
                {
                    c.Links.Add((rcp, SourceRole.Channel));
                }

                j = rcp.Last + 1;
            }

            j = _p.SkipAdjunctsRight(j, hi, channels);
        }

        if (entry.Frame is CueFrame.Clause or CueFrame.Recipient)
        {
            j = SkipToComplement(j, hi);
        }

        var colon = j < hi && _t.Word(j) == ":";
        while (j < hi && (_t.Word(j) is "," or ":" || Dashes.Contains(_t.Word(j))))
        {
            j++;
        }

        if (colon && j >= hi && j < _t.Count && _t.ParagraphStart[j] && c.Pattern == "leading")
        {
            // "Caddell continued:" closing its line: the next paragraph is what he said.
            if (_t.IsOpeningQuote(j))
            {
                AddQuoteChain(c, _t.QuoteOf[j]);
            }
            else
            {
                c.Content.Add(new PhraseSpan(j, TrimEnd(j, _t.ParagraphEnd(j) - 1)));
            }

            return;
        }

        if (colon && j < hi && !_t.IsQuoteMark(j) && c.Pattern == "leading")
        {
            // "Limbaugh added: And from a supposed front-runner, ...": the rest of the paragraph.
            var end = _t.ParagraphEnd(j);
            c.Content.Add(ExtendToQuote(new PhraseSpan(j, TrimEnd(j, end - 1))));
            return;
        }

        if (j >= hi || OnlyClosingPunctuation(j, hi))
        {
            return;
        }

        if (_t.IsOpeningQuote(j))
        {
            var q = _t.QuoteOf[j];
            var quote = _t.Quotes[q];
            var sentenceEnd = TrimEnd(j, hi - 1);
            if (quote.Close >= hi - 1 || !quote.Closed)
            {
                AddQuoteChain(c, q);
                return;
            }

            c.Content.Add(new PhraseSpan(j, Math.Max(quote.Close, CutClause(j, sentenceEnd))));
            return;
        }

        c.Content.Add(ExtendToQuote(new PhraseSpan(j, CutClause(j, TrimEnd(j, hi - 1)))));
    }

    /// <summary>
    /// Steps over a short stretch of adjuncts to the complement when one is near: "says at a
    /// campaign stop in Toledo, Ohio, that ...", "said of Clinton, "...". Stops at anything that
    /// looks like the content itself (a verb, a pronoun subject).
    /// </summary>
    private int SkipToComplement(int j, int hi)
    {
        for (var k = j; k < hi && k < j + 16; k++)
        {
            var w = _t.Lower[k];
            if (w == "that" && k > j)
            {
                return k;
            }

            if (w is "," or ":" && k + 1 < hi && _t.IsOpeningQuote(k + 1) && k > j)
            {
                return k + 1;
            }

            if (_t.IsQuoteMark(k) || w is ";" or "." || _p.IsSubjectPronoun(k) || _lex.Is("auxiliary", w) || _lex.Is("negation", w)
                || (_lex.CuesStartingWith(w).Count > 0 && k > j) || (w.EndsWith("ed", StringComparison.Ordinal) && !_t.IsCapitalized(k)))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>
    /// The end of a content clause that starts at <paramref name="first"/>: it stops before ", but",
    /// ", though", ", while", a participle after a comma (", focusing on ..."), a final non-restrictive
    /// relative (", who is 70") and a coordinated cue ("and said ...").
    /// </summary>
    private int CutClause(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (_t.QuoteOf[k] >= 0 && !_t.IsOpeningQuote(k))
            {
                continue;
            }

            var w = _t.Lower[k];
            if (w == "," && k + 1 <= last)
            {
                var next = _t.Lower[k + 1];
                var cut = next is "but" or "though" or "although" or "while" or "whereas" or "even"
                    || (next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 5 && !_t.IsCapitalized(k + 1) && _t.IsWord(k + 1))
                    || (next is "who" or "which" && !HasCommaAfter(k + 1, last));
                if (cut)
                {
                    return TrimEnd(first, k - 1);
                }
            }
            else if (w == "and" && k + 1 <= last && _t.Lower[k + 1] is "said" or "says" or "added" or "adds" or "told" or "tells" or "noted" or "warned" or "stressed" or "insisted")
            {
                // "X said A and added B": the second verb is the frame's, not the content's.
                return TrimEnd(first, k - 1);
            }
            else if (w == "but" && k > first + 2 && _t.Word(k - 1) != ",")
            {
                // "... "jobs, jobs, jobs," but he has also intensified ...": the writer's turn, not the source's.
                return TrimEnd(first, k - 1);
            }
        }

        return last;
    }

    private bool HasCommaAfter(int k, int last)
    {
        for (var i = k; i <= last; i++)
        {
            if (_t.Word(i) == ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"..., X said, C2." : the second part of an interrupted content (not after a quote).</summary>
    private void Continuation(AttributionCandidate c, int j, int hi)
    {
        if (j >= hi || OnlyClosingPunctuation(j, hi))
        {
            return;
        }

        if (_t.IsOpeningQuote(j))
        {
            AddQuoteChain(c, _t.QuoteOf[j], forwardOnly: true);
            return;
        }

        // Not when a new frame starts: ", adding ...", ", citing ...".
        if ((_t.IsWord(j) && _lex.CuesStartingWith(_t.Lower[j]).Any(e => e.IsParticiple)) || _t.Lower[j] is "according" or "citing" or "who" or "which")
        {
            return;
        }

        c.Content.Add(ExtendToQuote(new PhraseSpan(j, CutClause(j, TrimEnd(j, hi - 1)))));
    }

    /// <summary>After a trailing quote frame, a quote later in the same sentence continues the content ("...," she said of X, "...").</summary>
    private void FollowingQuoteInSentence(AttributionCandidate c, int j, int hi)
    {
        for (var k = j; k < hi; k++)
        {
            if (_t.IsOpeningQuote(k))
            {
                if (_t.Word(k - 1) is "," or ":")
                {
                    AddQuoteChain(c, _t.QuoteOf[k], forwardOnly: true);
                }

                return;
            }

            if (_lex.CuesStartingWith(_t.Lower[k]).Count > 0 && k > j)
            {
                return;
            }
        }
    }

    /// <summary>"According to X, C", "C, according to X", "A, according to X, B".</summary>
    private AttributionCandidate? AccordingTo(int first, int last, CueEntry entry, int lo, int hi)
    {
        var src = _p.NounPhraseStartingAt(last + 1, hi);
        if (src is not { } who)
        {
            return null;
        }

        if (entry.Lemma == "per" && (!IsSpeakerLike(who) || _lex.Is("time-word", _t.Lower[who.Last]) || (first > lo && _t.Tokens[first - 1].Kind == TokenKind.Number)
            || !(first == lo || _t.Word(first - 1) == ",")))
        {
            // "per" cites a source only as "Per the Pentagon, ..." or "..., per CNN"; not "$5 per share".
            return null;
        }

        var c = new AttributionCandidate(first, last, entry, entry.Lemma == "per" ? "per" : "according-to") { Speaker = who, FrameFirst = first };
        var channels = new List<PhraseSpan>();
        var after = _p.SkipAdjunctsRight(who.Last + 1, hi, channels);
        after = Citing(c, after, hi);
        var opensSentence = first == lo || (first - 1 == lo && _t.IsCapitalized(lo) && _t.Lower[lo] is "but" or "and");
        if (opensSentence)
        {
            if (after < hi && _t.Word(after) == ",")
            {
                after++;
            }

            if (after < hi && !OnlyClosingPunctuation(after, hi))
            {
                c.Content.Add(ExtendToQuote(new PhraseSpan(after, CutClause(after, TrimEnd(after, hi - 1)))));
            }

            return c;
        }

        var b = first - 1;
        var end = _t.Word(b) == "," || Dashes.Contains(_t.Word(b)) ? b - 1 : b;
        if (end >= lo)
        {
            c.Trailing = true;
            var quoteEnd = _t.IsClosingQuote(end) ? end : _t.Word(end) == "," && end > lo && _t.IsClosingQuote(end - 1) ? end - 1 : -1;
            var wholeQuote = quoteEnd >= 0 && _t.Quotes[_t.QuoteOf[quoteEnd]].Open <= lo + 1;
            c.Content.Add(wholeQuote ? QuoteSpan(_t.QuoteOf[quoteEnd]) : ExtendToQuote(new PhraseSpan(ContentStart(lo), TrimEnd(lo, end))));
        }

        if (after < hi && _t.Word(after) == "," && !OnlyClosingPunctuation(after + 1, hi))
        {
            c.Content.Add(new PhraseSpan(after + 1, CutClause(after + 1, TrimEnd(after + 1, hi - 1))));
        }

        return c.Content.Count > 0 ? c : null;
    }

    /// <summary>
    /// Nominal attributions: a possessor and a noun of saying or wanting, with what it is about:
    /// "Trump's claim that ...", "his promise to ...", "Kyiv's request for ...", "the IMF's estimate
    /// of ...". The possessor is the source; the content runs from the complement to the end of its clause.
    /// </summary>
    private void Nominals(int s, List<AttributionCandidate> inSentence)
    {
        var (lo, hi) = _t.Sentences[s];
        for (var i = lo + 1; i + 1 < hi; i++)
        {
            var w = _t.Lower[i];
            var speech = _lex.Is("cue-noun-speech", w);
            if (_spoken[i] || !(speech || _lex.Is("cue-noun-stance", w)) || _t.IsCapitalized(i) || inSentence.Any(c => c.CueFirst <= i && i <= c.CueLast))
            {
                continue;
            }

            var next = _t.Lower[i + 1];
            if (next is not ("that" or "to" or "of" or "about" or "for" or "on" or "against"))
            {
                continue;
            }

            PhraseSpan? owner = null;
            var prev = _t.Lower[i - 1];
            if (prev is "his" or "her" or "their" or "its")
            {
                owner = new PhraseSpan(i - 1, i - 1);
            }
            else if (prev is "'s" or "\u2019s" && i - 2 >= lo && _p.NounPhraseEndingAt(i - 2, lo) is { } np && IsSpeakerLike(np))
            {
                owner = new PhraseSpan(np.First, i - 1);
            }

            if (owner is null || (next == "to" && i + 2 < hi && _t.Tokens[i + 2].Kind != TokenKind.Word))
            {
                continue;
            }

            var lemma = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
            var entry = new CueEntry([w], lemma, speech ? "speech" : "stance", CueFrame.Object, Inverts: false, Leads: false);
            var c = new AttributionCandidate(i, i, entry, "nominal") { Speaker = owner, FrameFirst = owner.Value.First, Sentence = s };
            var start = next is "that" or "to" ? i + 1 : i + 2;
            var last = CutClause(start, TrimEnd(start, hi - 1));
            if (last < start)
            {
                continue;
            }

            c.Content.Add(ExtendToQuote(new PhraseSpan(start, last)));
            inSentence.Add(c);
        }

        inSentence.Sort((a, b) => a.CueFirst.CompareTo(b.CueFirst));
    }

    /// <summary>"The deal has reportedly been in the works": the clause, attributed to media reports.</summary>
    private AttributionCandidate? Adverb(int first, int last, CueEntry entry, int lo, int hi)
    {
        var c = new AttributionCandidate(first, last, entry, "adverb")
        {
            ImpliedSpeaker = new SourceRef("media reports", SourceKind.Outlet, null),
            FrameFirst = first,
        };
        var end = TrimEnd(lo, hi - 1);
        if (end < lo)
        {
            return null;
        }

        c.Content.Add(new PhraseSpan(lo, end));
        return c;
    }

    /// <summary>
    /// Transcript turns and headline quotes: "WALLACE: ...", "Pat Caddell: Voters Worried": a short
    /// name opening a line before a colon says the rest of the line. The line becomes a spoken region.
    /// </summary>
    private IEnumerable<AttributionCandidate> Turns()
    {
        for (var lo = 0; lo < _t.Count; lo = _t.ParagraphEnd(lo))
        {
            var end = _t.ParagraphEnd(lo);
            var colon = -1;
            var nameStart = lo < end && _t.IsQuoteMark(lo) ? lo + 1 : lo;
            for (var k = nameStart; k < Math.Min(end, nameStart + 5); k++)
            {
                if (_t.Word(k) == ":")
                {
                    colon = k;
                    break;
                }

                if (!_t.IsWord(k) || !_t.IsCapitalized(k) || _p.IsPreposition(k) || _t.Lower[k] is "the" or "a" or "and" or "or" or "is" or "are" or "how" or "why" or "what")
                {
                    break;
                }
            }

            if (colon <= nameStart || colon + 1 >= end || _t.Lower[nameStart] is "update" or "analysis" or "opinion" or "exclusive" or "watch" or "breaking" or "photos" or "video"
                or "read" or "note" or "editor" or "related" or "correction" or "live" or "advertisement" or "image" or "photo" or "source" or "sources" or "via" or "credit"
                || OnlyClosingPunctuation(colon + 1, end))
            {
                continue;
            }

            var entry = new CueEntry([":"], ":", "speech", CueFrame.Clause, Inverts: false, Leads: false);
            var c = new AttributionCandidate(colon, colon, entry, "turn") { Speaker = new PhraseSpan(nameStart, colon - 1), FrameFirst = nameStart, Sentence = _t.SentenceOf[colon] };
            var last = TrimEnd(colon + 1, end - 1);
            c.Content.Add(new PhraseSpan(colon + 1, last));
            for (var k = colon + 1; k < end; k++)
            {
                _spoken[k] = true;
            }

            yield return c;
        }
    }

    /// <summary>""Fear is what I feel." ― Edwin G. Monroy": a quote signed with a dash and a name at the end of its line.</summary>
    private IEnumerable<AttributionCandidate> DashQuotes()
    {
        foreach (var q in _t.Quotes)
        {
            var dash = q.Close + 1;
            if (!q.Closed || dash + 1 >= _t.Count || !Dashes.Contains(_t.Word(dash)) || _t.ParagraphStart[dash] || _t.ParagraphStart[dash + 1])
            {
                continue;
            }

            var end = _t.ParagraphEnd(dash);
            var last = TrimEnd(dash + 1, end - 1);
            if (last < dash + 1 || last - dash > 8 || !_t.IsCapitalized(dash + 1))
            {
                continue;
            }

            var entry = new CueEntry([_t.Word(dash)], "dash", "speech", CueFrame.Clause, Inverts: false, Leads: false);
            var c = new AttributionCandidate(dash, dash, entry, "signed-quote") { Speaker = new PhraseSpan(dash + 1, last), FrameFirst = dash, Sentence = _t.SentenceOf[dash] };
            var first = q;
            var index = _t.Quotes.IndexOf(q);
            while (first.Previous >= 0)
            {
                index = first.Previous;
                first = _t.Quotes[index];
            }

            AddQuoteChain(c, index);
            yield return c;
        }
    }

    /// <summary>", citing anonymous U.S. officials": an origin link; returns the index after it.</summary>
    private int Citing(AttributionCandidate c, int j, int hi)
    {
        if (j + 1 < hi && _t.Word(j) == "," && _t.Lower[j + 1] is "citing" or "quoting")
        {
            var cited = _p.NounPhraseStartingAt(j + 2, hi);
            if (cited is { } o)
            {
                c.Links.Add((o, SourceRole.Origin));
                _consumed.Add(j + 1);
                var channels = new List<PhraseSpan>();
                return _p.SkipAdjunctsRight(o.Last + 1, hi, channels);
            }
        }

        return j;
    }

    private void AddQuoteChain(AttributionCandidate c, int q, bool forwardOnly = false)
    {
        var first = q;
        while (!forwardOnly && _t.Quotes[first].Previous >= 0)
        {
            first = _t.Quotes[first].Previous;
        }

        for (var k = first; k >= 0; k = _t.Quotes[k].Next)
        {
            c.Content.Add(QuoteSpan(k));
        }
    }

    private PhraseSpan QuoteSpan(int q)
    {
        var quote = _t.Quotes[q];
        // An unclosed quote (a paragraph of a multi-paragraph quote) keeps its final punctuation, as a closed one does.
        return new PhraseSpan(quote.Open, quote.Close);
    }

    /// <summary>Extends a content range to the end of a quote that opens inside it and closes after it.</summary>
    private PhraseSpan ExtendToQuote(PhraseSpan p)
    {
        var last = p.Last;
        for (var k = p.First; k <= p.Last; k++)
        {
            if (_t.IsOpeningQuote(k) && _t.Quotes[_t.QuoteOf[k]].Close > last && _t.Quotes[_t.QuoteOf[k]].Closed)
            {
                last = _t.Quotes[_t.QuoteOf[k]].Close;
            }
        }

        return new PhraseSpan(p.First, last);
    }

    /// <summary>The last token of a content range, leaving out final punctuation that is not a closing quote.</summary>
    private int TrimEnd(int first, int last)
    {
        while (last >= first && !_t.IsClosingQuote(last) && _t.Tokens[last].Kind == TokenKind.Punctuation && (_t.Word(last) is "." or "," or ";" or ":" or "!" or "?" || Dashes.Contains(_t.Word(last))))
        {
            last--;
        }

        return last;
    }

    private bool OnlyClosingPunctuation(int j, int hi)
    {
        for (var k = j; k < hi; k++)
        {
            if (_t.Tokens[k].Kind is TokenKind.Word or TokenKind.Number || _t.IsOpeningQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOutletPhrase(PhraseSpan p)
    {
        if (_p.ContainsOutlet(p.First, p.Last, out _))
        {
            return true;
        }

        for (var k = p.First; k <= p.Last; k++)
        {
            if (_lex.Is("outlet-noun", _t.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A leading content runs to the end of its sentence unless a later frame in the sentence
    /// claims the end ("X said A, adding B"; "X said A, Y reported"): then it stops before that frame.
    /// </summary>
    private void CutLeadingContents(List<AttributionCandidate> inSentence)
    {
        foreach (var c in inSentence)
        {
            if (c.Trailing || c.Content.Count == 0)
            {
                continue;
            }

            var content = c.Content[^1];
            foreach (var later in inSentence)
            {
                if (ReferenceEquals(later, c) || later.CueFirst <= content.First)
                {
                    continue;
                }

                var cut = later.Pattern is "participle" or "coordinated" ? later.CueFirst - 1 : later.Trailing ? later.FrameFirst - 1 : -1;
                if (cut > content.First && cut <= content.Last && _t.IsClosingQuote(cut) && _t.Word(cut - 1) == ",")
                {
                    // "... would "prolong the conflict," according to a statement": the quote stays, its comma inside it.
                    c.Content[^1] = new PhraseSpan(content.First, cut);
                    break;
                }

                if (cut > content.First && cut <= content.Last && (_t.Word(cut) is "," or "and" or "but" || Dashes.Contains(_t.Word(cut))))
                {
                    var last = TrimEnd(content.First, cut - 1);
                    if (last >= content.First)
                    {
                        c.Content[^1] = new PhraseSpan(content.First, last);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>
    /// ""A," he said. "B."": quotes that follow a trailing quote frame in the same paragraph, with
    /// no frame of their own, continue its content.
    /// </summary>
    private void AddFollowingQuotes(List<AttributionCandidate> all)
    {
        var claimed = new HashSet<int>();
        foreach (var c in all)
        {
            foreach (var part in c.Content)
            {
                for (var k = part.First; k <= part.Last; k++)
                {
                    if (_t.IsOpeningQuote(k))
                    {
                        claimed.Add(_t.QuoteOf[k]);
                    }
                }
            }
        }

        var sentencesWithCues = new HashSet<int>(all.Select(c => c.Sentence));
        foreach (var c in all)
        {
            if (c.Pattern is not ("trailing-quote" or "inverted-quote"))
            {
                continue;
            }

            var s = _t.SentenceOf[Math.Max(c.CueLast, c.Content[^1].Last)] + 1;
            var paragraphEnd = _t.ParagraphEnd(c.CueLast);
            while (s < _t.Sentences.Count)
            {
                var start = _t.Sentences[s].Start;
                if (start >= paragraphEnd || sentencesWithCues.Contains(s) || !_t.IsOpeningQuote(start))
                {
                    break;
                }

                var q = _t.QuoteOf[start];
                if (claimed.Contains(q))
                {
                    break;
                }

                claimed.Add(q);
                c.Content.Add(QuoteSpan(q));
                s = _t.SentenceOf[_t.Quotes[q].Close] + 1;
            }
        }
    }
}
