using System.Collections.Frozen;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Finds the noun phrases around a cue without a parser: the subject to the left of a verb group
/// ("a senior U.S. defense official said"), a name after an inverted verb or a preposition ("said
/// Kirby", "according to two officials familiar with the talks"), an addressee ("told the Times of
/// Israel"), and the adjuncts that sit between a cue and its content ("on Tuesday", "in an
/// interview with CNN"). Phrases never cross a sentence or a quotation mark. The rules rest on
/// closed word classes (words.tsv): determiners, pronouns, auxiliaries, titles, prepositions.
/// </summary>
internal sealed class SourcePhrases
{
    private static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    private static readonly FrozenSet<string> DayParts = Set("morning", "afternoon", "evening", "night");

    private static readonly FrozenSet<string> Prepositions = Set(
        "of", "for", "in", "at", "with", "from", "on", "to", "by", "about", "after", "before", "during", "over", "under", "into",
        "onto", "through", "via", "against", "among", "between", "within", "without", "across", "around", "since", "until", "like", "than", "upon", "toward", "towards", "amid");

    /// <summary>Prepositions that may continue a source phrase after a head noun ("a spokesman for the Pentagon", "a source in Congress").</summary>
    private static readonly FrozenSet<string> PhrasePrepositions = Set("of", "for", "in", "at", "with", "from", "on", "close");

    /// <summary>Capitalised words that open a sentence without naming anyone.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = Set(
        "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "also", "then", "now", "instead", "indeed", "moreover", "thus",
        "in", "on", "at", "after", "before", "when", "while", "as", "if", "since", "during", "despite", "although", "though", "because",
        "for", "with", "without", "by", "from", "to", "last", "earlier", "later", "today", "yesterday", "here", "there", "this", "that",
        "separately", "similarly", "nevertheless", "nonetheless", "overall", "finally", "first", "second", "once", "again", "asked", "speaking",
        "according", "what", "why", "how", "where", "whether", "unlike", "like", "amid", "until", "even", "only", "just");

    /// <summary>Words that open a post-modifier after a noun for people ("people familiar with", "officials briefed on").</summary>
    private static readonly FrozenSet<string> PostModifierStarts = Set("familiar", "briefed", "knowledgeable", "close", "involved", "speaking", "aware", "granted", "authorized");

    /// <summary>Possessive determiners: fine inside a phrase ("his spokesman").</summary>
    private static readonly FrozenSet<string> Possessives = Set("his", "her", "their", "its", "our", "my", "your");

    private readonly AttributionText _t;
    private readonly AttributionLexicon _lex;

    public SourcePhrases(AttributionText text, AttributionLexicon lexicon)
    {
        _t = text;
        _lex = lexicon;
    }

    public static bool IsWeekday(string lower) => Weekdays.Contains(lower);

    public static bool IsMonth(string lower) => Months.Contains(lower);

    public bool IsPreposition(int i) => Prepositions.Contains(_t.Lower[i]);

    public bool IsSubjectPronoun(int i) => _lex.Is("pronoun", _t.Lower[i]);

    public bool IsDeterminer(int i) => _lex.Is("determiner", _t.Lower[i]) || Possessives.Contains(_t.Lower[i]);

    /// <summary>True for words that start a verb group before a cue: auxiliaries, negation and adverbs.</summary>
    public bool IsVerbGroupWord(int i)
    {
        var w = _t.Lower[i];
        if (_t.IsCapitalized(i) && !IsFirstOfSentence(i))
        {
            return false;
        }

        return (_lex.Is("auxiliary", w) && w is not ("'s" or "\u2019s")) || _lex.Is("negation", w) || _lex.Is("verb-adverb", w)
            || (w.Length > 3 && (w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n\u2019t", StringComparison.Ordinal)))
            || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && _t.IsWord(i) && w is not ("only" or "early" or "family" or "ally" or "daily" or "italy"));
    }

    /// <summary>The first token of a verb group that ends at <paramref name="cue"/>: "has also said" from "said".</summary>
    public int VerbGroupStart(int cue, int floor)
    {
        var i = cue;
        while (i - 1 >= floor)
        {
            if (IsVerbGroupWord(i - 1))
            {
                i--;
            }
            else if (i - 2 >= floor && _t.Lower[i - 1] == "to" && _t.Lower[i - 2] is "seem" or "seems" or "seemed" or "appear" or "appears" or "appeared" or "tend" or "tends" or "tended" or "continue" or "continues" or "continued")
            {
                // "appeared to suggest", "continued to insist": the raising verb belongs to the cue's group.
                i -= 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// Steps left over a time adjunct that ends at <paramref name="e"/> ("on Tuesday", "last week",
    /// "Tuesday night", "on Sept. 19") and returns the index before it; <paramref name="e"/> when there is none.
    /// </summary>
    public int SkipTimeLeft(int e, int floor)
    {
        if (e - 3 >= floor && _t.Lower[e] == "time" && _t.Lower[e - 3] == "for" && _t.Lower[e - 2] == "the")
        {
            // "The U.S. for the first time Friday said": skip "for the first time" after the day.
            return SkipTimeLeft(e - 4, floor);
        }

        if (e - 3 >= floor && Weekdays.Contains(_t.Lower[e]) && _t.Lower[e - 1] == "time" && _t.Lower[e - 3] == "for" && _t.Lower[e - 2] == "the")
        {
            // "... for the first time Friday said".
            return e - 5;
        }

        var i = e;
        if (i >= floor && DayParts.Contains(_t.Lower[i]) && i - 1 >= floor && (Weekdays.Contains(_t.Lower[i - 1]) || _t.Lower[i - 1] is "last" or "this" or "on"))
        {
            i--;
            if (_t.Lower[i] is "last" or "this" or "on")
            {
                return i - 1;
            }
        }

        if (i >= floor && (Weekdays.Contains(_t.Lower[i]) || _t.Lower[i] is "today" or "yesterday" or "tonight"))
        {
            i--;
        }
        else if (i - 1 >= floor && _t.Lower[i] is "week" or "month" or "year" or "weekend" && _t.Lower[i - 1] is "last" or "this" or "earlier" or "next")
        {
            i -= 2;
        }
        else if (i - 1 >= floor && _t.Tokens[i].Kind == TokenKind.Number && Months.Contains(_t.Lower[i - 1]))
        {
            i -= 2;
        }
        else if (i >= floor && Months.Contains(_t.Lower[i]) && i - 1 >= floor && _t.Lower[i - 1] is "in" or "since" or "last" or "early" or "late" or "mid")
        {
            i--;
            if (i - 1 >= floor && _t.Lower[i] is "early" or "late" or "mid" && _t.Lower[i - 1] == "in")
            {
                i--;
            }
        }
        else
        {
            return e;
        }

        if (i >= floor && _t.Lower[i] is "on" or "in" or "last" or "this" or "since" or "early" or "late")
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The subject phrase that ends at <paramref name="e"/> (a pronoun, a name, "a senior U.S.
    /// official", "Clinton, the former secretary of State,"), or null. <paramref name="relay"/> is
    /// set for "officials cited by The New York Times": the speaker is the officials, the relay the Times.
    /// </summary>
    public PhraseSpan? SubjectEndingAt(int e, int floor, out PhraseSpan? relay)
    {
        relay = null;
        if (e < floor || e >= _t.Count)
        {
            return null;
        }

        if (IsSubjectPronoun(e) && (_t.Lower[e] is not ("it" or "which" or "you")))
        {
            return new PhraseSpan(e, e);
        }

        if (_t.Lower[e] is "it" or "which")
        {
            return new PhraseSpan(e, e);
        }

        if (_t.Lower[e] == "that" && e - 1 >= floor && _t.IsWord(e - 1) && !IsStopWord(e - 1) && !IsPreposition(e - 1) && !_lex.IsVerbOnlyCue(_t.Lower[e - 1])
            && !IsVerbLike(e - 1) && !_lex.Is("determiner", _t.Lower[e - 1]))
        {
            // "cities that support the regulations": a relative pronoun after a noun stands for it.
            return new PhraseSpan(e, e);
        }

        if (_t.Word(e) == ",")
        {
            return Appositive(e, floor);
        }

        var np = NounPhraseEndingAt(e, floor);
        if (np is not { } p)
        {
            return null;
        }

        // "U.S. officials cited by The New York Times said": the speaker is before "cited by".
        if (p.First - 2 >= floor && _t.Lower[p.First - 1] == "by" && _t.Lower[p.First - 2] is "cited" or "quoted")
        {
            var speaker = NounPhraseEndingAt(p.First - 3, floor);
            if (speaker is { } s)
            {
                relay = p;
                return new PhraseSpan(s.First, e);
            }
        }

        return p;
    }

    /// <summary>The "(" of a short parenthetical ending at <paramref name="close"/> ("(R-Utah)", "(D)"), or -1.</summary>
    public int ParentheticalStart(int close, int floor)
    {
        for (var k = close - 1; k >= floor && k >= close - 6; k--)
        {
            if (_t.Word(k) == "(")
            {
                return k + 1 < close && IsPartyTag(k + 1) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>"R-Utah", "D-N.Y.", "R", "D", "I-Vt.": a party and state tag.</summary>
    public bool IsPartyTag(int i)
    {
        var w = _t.Word(i);
        return w is "R" or "D" or "I" || (w.Length >= 3 && w[0] is 'R' or 'D' or 'I' && w[1] == '-' && char.IsUpper(w[2]));
    }

    /// <summary>
    /// Steps left over a setting that ends at <paramref name="e"/> ("in a statement", "at a news
    /// conference", "in an interview with CNN") and returns the index before it; <paramref name="e"/> when there is none.
    /// </summary>
    public int SkipSettingLeft(int e, int floor)
    {
        for (var p = e - 1; p >= floor && p >= e - 8; p--)
        {
            if (IsBarrier(p) || _t.Word(p) == ",")
            {
                break;
            }

            if (_t.Lower[p] is "in" or "at" or "during" or "via" or "through" && IsSettingPhrase(p, e))
            {
                return p - 1;
            }
        }

        return e;
    }

    /// <summary>"Clinton, the former secretary of State," or "Schiff, 56, who has served ...,": the name with its appositive, trailing comma included.</summary>
    private PhraseSpan? Appositive(int comma, int floor)
    {
        var c = comma - 1;
        while (c >= floor && c > comma - 40 && _t.Word(c) != "," && !IsBarrier(c))
        {
            c--;
        }

        if (c < floor || _t.Word(c) != "," || c == comma - 1)
        {
            return null;
        }

        var first = c + 1;
        var w = _t.Lower[first];
        var looksAppositive = _lex.Is("determiner", w) || w is "who" or "whose" or "which" || Possessives.Contains(w)
            || _t.Tokens[first].Kind == TokenKind.Number || (_lex.Is("title", w) && !_t.IsCapitalized(first))
            || (first + 1 < comma && _t.Lower[first + 1] is "of" or "for" or "at" or "'s" or "\u2019s")
            || (first + 1 == comma && IsPartyTag(first))
            || (!_t.IsCapitalized(first) && _t.Lower[first].EndsWith("ing", StringComparison.Ordinal) && _t.Lower[first].Length > 5);
        var headEnd = c - 1;
        if (!looksAppositive && IsNameRun(first, comma - 1) && headEnd >= floor && NounPhraseEndingAt(headEnd, floor) is { } named && HasPersonNoun(named))
        {
            // "The state's campaign chairman, Phil Lovas, said": the appositive is the name.
            looksAppositive = true;
        }

        if (!looksAppositive)
        {
            return null;
        }

        // "Schiff, 56, who ...": an age between commas.
        if (headEnd - 1 >= floor && _t.Tokens[headEnd].Kind == TokenKind.Number && _t.Word(headEnd - 1) == ",")
        {
            headEnd -= 2;
        }

        var head = NounPhraseEndingAt(headEnd, floor);
        var listing = _t.Lower[first] is "including" or "among";
        if (head is not { } h || !(HasName(h) || IsPersonNoun(h.Last) || listing || _lex.Is("org-word", _t.Lower[h.Last])))
        {
            return null;
        }

        return new PhraseSpan(h.First, comma);
    }

    /// <summary>True when tokens [first, last] are all capitalised words (a name).</summary>
    public bool IsNameRun(int first, int last)
    {
        if (last < first || last - first > 4)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var numberInName = k > first && _t.Tokens[k].Kind == TokenKind.Number;
            if (!numberInName && (!_t.IsWord(k) || !_t.IsCapitalized(k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A base noun phrase that ends at <paramref name="e"/>, walking left over words that can belong to one.</summary>
    public PhraseSpan? NounPhraseEndingAt(int e, int floor)
    {
        if (e >= floor && _t.Word(e) == ")" && ParentheticalStart(e, floor) is var open && open > floor)
        {
            // "Rep. Gwen Moore (D-Wis.)": the name before a party tag.
            var inner = NounPhraseEndingAt(open - 1, floor);
            return inner is { } n ? new PhraseSpan(n.First, e) : null;
        }

        if (e < floor || !CanBeHead(e))
        {
            return null;
        }

        var j = e;
        while (j - 1 >= floor && CanPrecede(j - 1, j))
        {
            // A determiner opens its phrase: only a preposition, a quantifier or "'s" may stand before it ("one of the", "all the").
            if (IsArticle(j) && !IsPreposition(j - 1) && !_lex.Is("determiner", _t.Lower[j - 1]) && !_t.IsCapitalized(j - 1) && _t.Lower[j - 1] is not ("'s" or "\u2019s" or "half" or "and" or "&" or "or"))
            {
                break;
            }

            j--;
        }

        // Trim openers the walk let in ("But", "In", a leading preposition or conjunction).
        while (j < e && (IsSentenceOpener(j) || IsPreposition(j) || _t.Lower[j] is "and" or "&" or "-" or "'s" or "\u2019s"))
        {
            j++;
        }

        if (IsSentenceOpener(j) && j == e)
        {
            return null;
        }

        // A longer run has swallowed a clause, not a name.
        return e - j < 14 ? new PhraseSpan(j, e) : null;
    }

    /// <summary>
    /// A noun phrase that starts at <paramref name="s"/> and runs right ("Kirby", "a senior official",
    /// "two officials familiar with the talks", "The New York Times"), or null.
    /// </summary>
    public PhraseSpan? NounPhraseStartingAt(int s, int limit)
    {
        if (s >= limit || s >= _t.Count)
        {
            return null;
        }

        if (IsSubjectPronoun(s) || _t.Lower[s] is "him" or "her" or "them" or "us" or "me")
        {
            return _t.Lower[s] is "who" or "which" ? null : new PhraseSpan(s, s);
        }

        if (!CanStart(s))
        {
            return null;
        }

        var j = s;
        var last = -1;
        while (j < limit && j < s + 14)
        {
            if (IsBarrier(j) || _t.Word(j) is "," or "." or ";" or ":" or "(" or ")" || _t.Tokens[j].Kind == TokenKind.Punctuation && _t.Word(j) is not ("-" or "&" or "'" or "\u2019"))
            {
                break;
            }

            var w = _t.Lower[j];
            if (j > s && (IsStopWord(j) || TimeStartsAt(j, limit)))
            {
                break;
            }

            if (j > s && IsPreposition(j))
            {
                // "of" always continues; the others only after a head noun that takes them.
                if (!(w == "of" || (PhrasePrepositions.Contains(w) && TakesPrepositionalModifier(j - 1))) || j + 1 >= limit || !CanStart(j + 1))
                {
                    break;
                }
            }
            else if (j > s && w == "and")
            {
                if (!(j + 1 < limit && (_t.IsCapitalized(j + 1) || _lex.Is("determiner", _t.Lower[j + 1])) && (_t.IsCapitalized(j - 1) || IsPersonNoun(j - 1))))
                {
                    break;
                }
            }
            else if (j > s && !_t.IsCapitalized(j) && IsVerbLike(j) && !PostModifierStarts.Contains(w))
            {
                break;
            }

            if (CanBeHead(j))
            {
                last = j;
            }

            j++;
        }

        return last >= s ? new PhraseSpan(s, last) : null;
    }

    /// <summary>
    /// The addressee after "told": an object pronoun, "reporters", a name or an outlet ("the Times
    /// of Israel", "Israeli broadcaster Army Radio", "a British newspaper"). Stops before the
    /// content's subject ("told NBC he was ...").
    /// </summary>
    public PhraseSpan? RecipientStartingAt(int s, int limit)
    {
        if (s >= limit)
        {
            return null;
        }

        var w = _t.Lower[s];
        if (_lex.Is("object-pronoun", w) || w is "him" or "her" or "them" or "us" or "me")
        {
            return new PhraseSpan(s, s);
        }

        if (IsSubjectPronoun(s) || w is "that" or ":" or "," || _t.IsQuoteMark(s))
        {
            return null;
        }

        var j = s;
        var last = -1;
        var sawHead = false;
        while (j < limit && j < s + 9)
        {
            var x = _t.Lower[j];
            if (IsBarrier(j) || x is "," or "." or ";" or ":" or "that" || IsSubjectPronoun(j) || IsStopWord(j) || TimeStartsAt(j, limit))
            {
                break;
            }

            if (sawHead && (_lex.Is("determiner", x) || Possessives.Contains(x)))
            {
                break;
            }

            if (sawHead && _t.Tokens[j].Kind == TokenKind.Number && _t.IsCapitalized(j - 1))
            {
                // "Channel 12": a number finishing a name.
                last = j;
                j++;
                continue;
            }

            if (IsPreposition(j))
            {
                if (x != "of" || !sawHead)
                {
                    break;
                }
            }
            else if (_t.IsCapitalized(j) || _lex.Is("outlet-noun", x) || _lex.Is("object-pronoun", x) || IsPersonNoun(j) || x.EndsWith('s'))
            {
                // A capitalised word, an outlet noun or a plural ends a complete phrase unless more follows.
                last = j;
                sawHead = true;
            }
            else if (sawHead && !_t.IsCapitalized(j))
            {
                break;
            }

            j++;
        }

        return last >= s ? new PhraseSpan(s, last) : null;
    }

    /// <summary>
    /// Steps right over adjuncts between a cue and its content or the end of its frame: times ("on
    /// Tuesday", "last week"), settings ("in a statement", "at a news conference", "in an interview
    /// with CNN", "during a visit to Kyiv", "to reporters"). Returns the first token after them and
    /// the channel phrases met ("CNN" in "in an interview with CNN").
    /// </summary>
    public int SkipAdjunctsRight(int j, int limit, List<PhraseSpan> channels)
    {
        for (var guard = 0; guard < 6 && j < limit; guard++)
        {
            var next = SkipTimeRight(j, limit);
            if (next > j)
            {
                j = next;
                continue;
            }

            var w = _t.Lower[j];
            if (w is "in" or "at" or "during" or "on" or "to" or "via" or "through" or "from" or "after" or "before" or "while" or "when" && j + 1 < limit)
            {
                // A setting is a short prepositional phrase not followed by more of the clause.
                var end = j + 1;
                while (end < limit && end < j + 12 && !IsBarrier(end) && _t.Lower[end] is not ("," or "." or ";" or ":" or "that")
                    && !(end > j + 1 && (IsSubjectPronoun(end) || IsStopWord(end))))
                {
                    end++;
                }

                var lastWord = end - 1;
                if (lastWord <= j)
                {
                    return j;
                }

                // Only settings that name a speech event, a medium or an audience ("in a statement", "to reporters").
                if (!IsSettingPhrase(j, lastWord))
                {
                    return j;
                }

                var with = -1;
                for (var k = j + 1; k <= lastWord; k++)
                {
                    if (_t.Lower[k] is "with" or "to" && k + 1 <= lastWord)
                    {
                        with = k;
                    }
                }

                if (with > 0)
                {
                    channels.Add(new PhraseSpan(with + 1, lastWord));
                }
                else if (ContainsOutlet(j + 1, lastWord, out var outlet))
                {
                    channels.Add(outlet);
                }

                j = lastWord + 1;
                continue;
            }

            if (w == "," && j + 1 < limit && SkipTimeRight(j + 1, limit) is var t && t > j + 1 && t < limit && _t.Lower[t] == ",")
            {
                j = t + 1;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>The index after a time adjunct that starts at <paramref name="j"/>, or <paramref name="j"/>.</summary>
    public int SkipTimeRight(int j, int limit)
    {
        if (j >= limit)
        {
            return j;
        }

        var i = j;
        if (_t.Lower[i] is "on" or "in" or "last" or "this" or "earlier" or "late" or "early" or "next" or "since" && i + 1 < limit)
        {
            i++;
        }

        var w = _t.Lower[i];
        if (Weekdays.Contains(w) || w is "today" or "yesterday" or "tonight")
        {
            i++;
            if (i < limit && DayParts.Contains(_t.Lower[i]))
            {
                i++;
            }

            return i;
        }

        if (i > j && w is "week" or "month" or "year" or "weekend" or "monday" && _t.Lower[i - 1] is "last" or "this" or "earlier" or "next")
        {
            return i + 1;
        }

        if (Months.Contains(w) && (i > j || _t.IsCapitalized(i)))
        {
            i++;
            if (i < limit && _t.Tokens[i].Kind == TokenKind.Number)
            {
                i++;
            }

            return i;
        }

        if (i == j && w is "earlier" or "later" or "recently")
        {
            return i + 1;
        }

        return j;
    }

    private bool TimeStartsAt(int j, int limit) => SkipTimeRight(j, limit) > j && (_t.Lower[j] is not ("in" or "on" or "this" or "next" or "since" or "early" or "late") || j + 1 < limit);

    private static readonly FrozenSet<string> SettingWords = Set(
        "statement", "interview", "interviews", "speech", "address", "tweet", "post", "posts", "letter", "email", "e-mail", "conference", "briefing",
        "hearing", "meeting", "call", "remarks", "message", "video", "appearance", "op-ed", "essay", "column", "article", "podcast", "broadcast",
        "program", "programme", "show", "rally", "event", "session", "summit", "visit", "news", "press", "twitter", "facebook", "telegram", "x",
        "reporters", "journalists", "lawmakers", "senators", "audience", "crowd", "supporters", "television",
        "radio", "tv", "channel", "newspaper", "broadcaster", "site", "website", "agency", "outlet", "testimony", "debate", "forum", "gathering",
        "telephone", "phone", "release", "readout", "transcript", "memo", "report", "filing", "note", "notice", "decree", "communique", "podium");

    private bool IsSettingPhrase(int first, int last)
    {
        for (var k = first + 1; k <= last; k++)
        {
            if (SettingWords.Contains(_t.Lower[k]) || _lex.Is("outlet-noun", _t.Lower[k]) || IsOutletName(k, last))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOutletName(int k, int last)
    {
        // A run of capitalised words in the outlet list ("The New York Times").
        for (var end = Math.Min(last, k + 5); end >= k; end--)
        {
            if (_lex.Outlets.Contains(_t.Text[_t.Tokens[k].Span.Start.._t.Tokens[end].Span.End]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds an outlet name in tokens [first, last] ("in his New York Times essay").</summary>
    public bool ContainsOutlet(int first, int last, out PhraseSpan outlet)
    {
        for (var k = first; k <= last; k++)
        {
            if (!_t.IsCapitalized(k))
            {
                continue;
            }

            for (var end = Math.Min(last, k + 5); end >= k; end--)
            {
                if (_lex.Outlets.Contains(_t.Text[_t.Tokens[k].Span.Start.._t.Tokens[end].Span.End]))
                {
                    outlet = new PhraseSpan(k, end);
                    return true;
                }
            }
        }

        outlet = default;
        return false;
    }

    /// <summary>True when tokens [first, last] hold a capitalised word or a pronoun (a source with a name or a referent).</summary>
    public bool HasName(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if ((_t.IsCapitalized(k) && !IsSentenceOpener(k)) || IsSubjectPronoun(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token is a noun for people ("officials", "people", "spokesman").</summary>
    public bool IsPersonNoun(int i) =>
        _lex.Is("anonymous-head", _t.Lower[i]) || _lex.Is("people-head", _t.Lower[i]) || _lex.Is("title", _t.Lower[i]) || _lex.Is("person-noun", _t.Lower[i]);

    /// <summary>True when a phrase holds a noun for people anywhere ("A lawyer for the news outlets").</summary>
    public bool HasPersonNoun(PhraseSpan p)
    {
        for (var k = p.First; k <= p.Last; k++)
        {
            if (!_t.IsCapitalized(k) && IsPersonNoun(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool TakesPrepositionalModifier(int head) =>
        IsPersonNoun(head) || _lex.Is("people-qualifier", _t.Lower[head]) || _lex.Is("document-head", _t.Lower[head])
        || (_t.IsCapitalized(head) && _lex.Is("title", _t.Lower[head]));

    /// <summary>Tokens that no phrase crosses: quotation marks, brackets, dashes, sentence ends.</summary>
    private bool IsBarrier(int i)
    {
        var w = _t.Word(i);
        return _t.IsQuoteMark(i) || w is "(" or ")" or "[" or "]" or "\u2014" or "\u2013" or "--" or "\u2015" or ";" or "." or "!" or "?";
    }

    private bool IsFirstOfSentence(int i) => _t.Sentences[_t.SentenceOf[i]].Start == i || (i > 0 && _t.IsQuoteMark(i - 1) && _t.Sentences[_t.SentenceOf[i]].Start == i - 1);

    private bool IsSentenceOpener(int i) => _t.IsCapitalized(i) && SentenceOpeners.Contains(_t.Lower[i]) && (IsFirstOfSentence(i) || i == 0 || _t.Word(i - 1) is "," or ":");

    /// <summary>Words that end a phrase: auxiliaries, negation, conjunctions, complementisers, subject pronouns, cue words.</summary>
    private bool IsStopWord(int i)
    {
        var w = _t.Lower[i];
        if (w is "and" or "&")
        {
            return false;
        }

        if (_lex.Is("auxiliary", w) && w is not ("'s" or "\u2019s"))
        {
            return true;
        }

        return _lex.Is("negation", w) || _lex.Is("conjunction", w) || (_lex.Is("common-verb", w) && !_t.IsCapitalized(i)) || _lex.Is("clause-opener", w) || (IsSubjectPronoun(i) && w is not "i")
            || (!_t.IsCapitalized(i) && _lex.IsVerbOnlyCue(w) && !_lex.Is("anonymous-head", w) && !_lex.Is("document-head", w))
            || (!_t.IsCapitalized(i) && _lex.Is("verb-adverb", w) && w is not ("first" or "long" or "now" or "all" or "together"))
            || w is "to" or "by" or "than" or "as" or "who" or "whom" or "whose" or "which" or "where" or "there" or "here" or "what" or "whatever" or "how" or "why" or "having";
    }

    /// <summary>Lower-case words that look like finite verbs or participles (-ed, -ing) and so end a phrase.</summary>
    private bool IsVerbLike(int i)
    {
        var w = _t.Lower[i];
        return (w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))) && !_lex.Is("people-qualifier", w);
    }

    private bool CanStart(int i) =>
        i < _t.Count && !IsBarrier(i) && !IsStopWord(i) && !IsPreposition(i) && _t.Tokens[i].Kind is TokenKind.Word or TokenKind.Number
        && _t.Lower[i] is not ("'s" or "\u2019s");

    private bool IsArticle(int i) => _t.Lower[i] is "a" or "an" or "the" or "this" or "these" or "those" or "another" || Possessives.Contains(_t.Lower[i]);

    /// <summary>Can token <paramref name="i"/> end a noun phrase (be its head)?</summary>
    private bool CanBeHead(int i)
    {
        if (_t.Tokens[i].Kind != TokenKind.Word || IsBarrier(i))
        {
            return false;
        }

        var w = _t.Lower[i];
        if (w is "and" or "&" or "or" || IsStopWord(i) || IsPreposition(i) || _lex.Is("determiner", w) && w is not ("both" or "all" or "some" or "many" or "several" or "few" or "most" or "others" or "one")
            || Possessives.Contains(w) || w is "'s" or "\u2019s" or "said")
        {
            return false;
        }

        if (!_t.IsCapitalized(i) && IsVerbLike(i) && !(i > 0 && (IsArticle(i - 1) || _lex.Is("determiner", _t.Lower[i - 1]) || _t.Lower[i - 1] is "'s" or "\u2019s")))
        {
            // "began taking": a verb, not a head noun; "the ruling", "the briefing" are nouns.
            return false;
        }

        return !(IsSentenceOpener(i) && !_t.IsCapitalized(i + 1 < _t.Count ? i + 1 : i));
    }

    /// <summary>May token <paramref name="i"/> stand before token <paramref name="next"/> inside the same noun phrase?</summary>
    private bool CanPrecede(int i, int next)
    {
        if (IsBarrier(i))
        {
            return false;
        }

        var w = _t.Lower[i];
        var kind = _t.Tokens[i].Kind;
        if (kind == TokenKind.Punctuation)
        {
            return w is "-" or "&" || (w is "'" or "\u2019" && i > 0 && _t.Lower[i - 1].EndsWith('s'));
        }

        if (kind == TokenKind.Symbol)
        {
            return false;
        }

        if (w is "'s" or "\u2019s")
        {
            return true;
        }

        if (IsSentenceOpener(i))
        {
            return false;
        }

        if (w is "and" or "&")
        {
            // Coordinated names or people: "Obama and Clinton", "the US official and a Ukrainian official".
            return i > 0 && (_t.IsCapitalized(i - 1) || IsPersonNoun(i - 1)) && (_t.IsCapitalized(next) || _lex.Is("determiner", _t.Lower[next]));
        }

        if (IsPreposition(i))
        {
            // "of" always; "for", "at", "in", "with", "from" after a noun ("attorneys for the family",
            // "officials in Kyiv"); "on" only after a noun for people ("a source on the committee").
            if (w == "to" && i > 0 && _t.Lower[i - 1] is "close" or "closest")
            {
                // "Those close to him", "people close to the president".
                return true;
            }

            return i > 0 && !IsStopWord(i - 1) && _t.IsWord(i - 1) && !_lex.Is("determiner", _t.Lower[i - 1]) && !Possessives.Contains(_t.Lower[i - 1])
                && (w == "of" || (w is "for" or "at" or "in" or "with" or "from" && !IsVerbLike(i - 1)) || (PhrasePrepositions.Contains(w) && TakesPrepositionalModifier(i - 1)));
        }

        if (IsStopWord(i))
        {
            // "people familiar with" is handled by the qualifier, not here.
            return false;
        }

        if (!_t.IsCapitalized(i) && _t.IsCapitalized(next) && !IsPersonNoun(i) && !_lex.Is("determiner", w) && !Possessives.Contains(w) && !_lex.Is("pre-name", w)
            && !_lex.Is("org-word", w) && !_lex.Is("outlet-noun", w) && kind == TokenKind.Word && !(i > 0 && _t.Lower[i - 1] is "'s" or "\u2019s"))
        {
            // "the scenario Kirby laid out": a common noun before a name is not part of the name's phrase.
            return false;
        }

        if (!_t.IsCapitalized(i) && IsVerbLike(i))
        {
            // "retired Air Force general", "leading German politicians": a participle before a noun or name.
            return PostModifierStarts.Contains(w) || _t.IsCapitalized(next) || (i == 0 || _lex.Is("determiner", _t.Lower[i - 1]) || IsFirstOfSentence(i));
        }

        return kind is TokenKind.Word or TokenKind.Number;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
