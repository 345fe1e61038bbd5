using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Decisions;

/// <summary>How a party reference names its party.</summary>
internal enum PartyRefKind
{
    /// <summary>An entity mention of a government, its organ or its people ("the Pentagon").</summary>
    Named,

    /// <summary>An unnamed group of governments ("the West").</summary>
    Collective,

    /// <summary>A person or body the recognizer could not tie to a government: blocks the
    /// subject search (the actor is unknown) but can be a source.</summary>
    Unaffiliated,

    /// <summary>"it", "his country": resolved in context.</summary>
    Pronoun,

    /// <summary>"we", "us": the speaker's party inside a quotation.</summary>
    FirstPerson,
}

/// <summary>A party reference over tokens [First, End).</summary>
internal sealed record PartyRef(int First, int End, PartyRefKind Kind, string? Party, string? SourceName, EntityType? EntityType)
{
    /// <summary>True for a possessive ("Kyiv's", "its").</summary>
    public bool Possessive { get; init; }
}

/// <summary>A weapon reference over tokens [First, End): a named system, or an unnamed phrase with
/// its class ("long-range weapons" is long-range), or a pronoun standing for a system.</summary>
internal sealed record SystemRef(int First, int End, string? Name, string Class, bool Named, bool Definite)
{
    /// <summary>"them", "it": stands for the system in focus.</summary>
    public bool Pronoun { get; init; }

    /// <summary>For a named system, its classes (weapons.txt).</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    /// <summary>The party a modifier says the weapon comes from ("U.S.-made", "Western", "British-donated").</summary>
    public string? Origin { get; init; }
}

/// <summary>One sentence as a token range [First, End).</summary>
internal sealed record SentenceRange(int Index, int First, int End, TextSpan Span);

/// <summary>
/// One article's analysis indexed by token for the event extractor: lower-cased words, the
/// sentence, clause and quotation of every token, and the party, system and time references that
/// cover it. Built once per article in time linear in its tokens; read-only afterwards.
/// </summary>
internal sealed class ArticleView
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "but", "while", "although", "though", "whereas", "which", "who", "whom", "where", "when", "because",
        "since", "as", "after", "before", "despite", "saying", "adding", "according", "and", "so", "yet", "if",
        "unless", "whose", "noting", "arguing", "citing", "fearing", "pointing", "even",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "this", "that", "such", "its", "their", "his", "her", "our",
    };

    public ArticleView(string body, ArticleAnalysis analysis, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(analysis);
        Body = body;
        Analysis = analysis;
        Tokens = analysis.Tokens;
        var n = Tokens.Count;
        Words = new string[n];
        for (var i = 0; i < n; i++)
        {
            Words[i] = LexiconResource.Normalize(Tokens[i].Text);
        }

        SentenceOf = new int[n];
        Clause = new int[n];
        Quoted = new bool[n];
        Parties = new PartyRef?[n];
        Systems = new SystemRef?[n];
        Times = new TimeExpression?[n];
        Sentences = BuildSentences(title);
        MarkEntities();
        MarkPartyPhrases();
        MarkClausesAndQuotes();
        MarkWeaponPhrases();
        MarkTimes();
    }

    public string Body { get; }

    public ArticleAnalysis Analysis { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Normalized token texts (lower case, straight apostrophes).</summary>
    public string[] Words { get; }

    public IReadOnlyList<SentenceRange> Sentences { get; }

    /// <summary>Sentence index of every token (-1 for tokens outside any sentence).</summary>
    public int[] SentenceOf { get; }

    /// <summary>Clause number of every token; boundaries (";", "--", ", but") start a new clause.</summary>
    public int[] Clause { get; }

    /// <summary>True for tokens inside quotation marks.</summary>
    public bool[] Quoted { get; }

    public PartyRef?[] Parties { get; }

    public SystemRef?[] Systems { get; }

    public TimeExpression?[] Times { get; }

    /// <summary>Sentences whose text is the article title (a headline restates the story; the
    /// gold format takes evidence from the body only).</summary>
    public HashSet<int> TitleSentences { get; } = [];

    public bool MentionsUkraine { get; private set; }

    public string TextOf(int first, int end) =>
        first >= end ? string.Empty : Body[Tokens[first].Span.Start..Tokens[end - 1].Span.End];

    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Span.Start, Tokens[end - 1].Span.End);

    /// <summary>First and last+1 token of the clause holding token <paramref name="i"/>, within its sentence.</summary>
    public (int First, int End) ClauseBounds(int i)
    {
        if (_clauseFirst is null)
        {
            BuildClauseBounds();
        }

        return (_clauseFirst![i], _clauseEnd![i]);
    }

    private int[]? _clauseFirst;
    private int[]? _clauseEnd;

    /// <summary>Clause bounds of every token, in two linear passes (asked for many times per trigger).</summary>
    private void BuildClauseBounds()
    {
        var n = Tokens.Count;
        var first = new int[n];
        var end = new int[n];
        for (var i = 0; i < n; i++)
        {
            first[i] = i > 0 && SentenceOf[i] == SentenceOf[i - 1] && Clause[i] == Clause[i - 1] ? first[i - 1] : i;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            end[i] = i + 1 < n && SentenceOf[i] == SentenceOf[i + 1] && Clause[i] == Clause[i + 1] ? end[i + 1] : i + 1;
        }

        _clauseFirst = first;
        _clauseEnd = end;
    }

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>The named party of "U.S. - made", "Britain - supplied" (three tokens) whose participle is token k.</summary>
    public string? PartyBeforeHyphen(int k) =>
        k >= 2 && Words[k - 1] == "-" && Parties[k - 2] is { Kind: PartyRefKind.Named, Possessive: false, Party: { } party } ? party : null;

    private List<SentenceRange> BuildSentences(string? title)
    {
        var list = new List<SentenceRange>();
        Array.Fill(SentenceOf, -1);
        var t = 0;
        var normalizedTitle = title is null ? null : Squash(title);
        foreach (var sentence in Analysis.Sentences)
        {
            while (t < Tokens.Count && Tokens[t].Span.End <= sentence.Span.Start)
            {
                t++;
            }

            var first = t;
            while (t < Tokens.Count && Tokens[t].Span.Start < sentence.Span.End)
            {
                SentenceOf[t] = list.Count;
                t++;
            }

            if (t > first)
            {
                var range = new SentenceRange(list.Count, first, t, sentence.Span);
                if (normalizedTitle is { Length: > 0 } && sentence.Span.End <= Body.Length && Squash(sentence.Span.Of(Body)) == normalizedTitle)
                {
                    TitleSentences.Add(list.Count);
                }

                list.Add(range);
            }
        }

        return list;
    }

    private static string Squash(string s) =>
        string.Concat(s.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private void MarkClausesAndQuotes()
    {
        var clause = 0;
        var open = false;
        foreach (var s in Sentences)
        {
            clause++;
            for (var i = s.First; i < s.End; i++)
            {
                var w = Words[i];
                var isQuote = w is "\"" or "\u201c" or "\u201d" or "\u00ab" or "\u00bb";
                if (isQuote)
                {
                    // Quotation marks change who speaks, not the clause: "decided to “provide ...”".
                    open = w switch
                    {
                        "\u201c" or "\u00ab" => true,
                        "\u201d" or "\u00bb" => false,
                        _ => !open,
                    };
                }
                else if (w is ";" or ":" or "--" or "\u2014" or "\u2013" or "?")
                {
                    clause++;
                }
                else if (i > s.First && Words[i - 1] == "," && ClauseOpeners.Contains(w) && !(w == "and" && StartsParty(i + 1)))
                {
                    // ", and the Czech Republic": a list of parties goes on; ", and added that": a new clause.
                    clause++;
                }
                else if (i > s.First && w is "but" or "while" or "although" or "though" or "whereas" or "despite")
                {
                    clause++;
                }

                Clause[i] = clause;
                Quoted[i] = open && !isQuote;
            }
        }
    }

    private bool StartsParty(int i)
    {
        if (i < Words.Length && Words[i] == "the")
        {
            i++;
        }

        return i < Words.Length && Parties[i] is not null;
    }

    private void MarkEntities()
    {
        var lexicon = PartyLexicon.Default;
        var weapons = WeaponLexicon.Default;
        foreach (var m in Analysis.Entities.OrderBy(e => e.Span.Start).ThenByDescending(e => e.Span.Length))
        {
            var (first, end) = TokensOf(m.Span);
            if (first >= end || Covered(first, end))
            {
                continue;
            }

            if (m.Type == EntityType.System)
            {
                var named = new SystemRef(first, end, m.CanonicalName, WeaponLexicon.General, Named: true, Definite: true)
                {
                    Classes = weapons.ClassesOf(m.CanonicalName),
                };
                for (var i = first; i < end; i++)
                {
                    Systems[i] = named;
                }

                continue;
            }

            string? party = m.ActsFor ?? (lexicon.Governments.Contains(m.CanonicalName) ? m.CanonicalName : null);
            if (party is null && m.Type is EntityType.Gpe)
            {
                continue; // a city or region that acts for nobody
            }

            if (party is null && m.Type is EntityType.Org)
            {
                continue; // media, companies: sources, never actors here
            }

            if (string.Equals(party, "Ukraine", StringComparison.Ordinal))
            {
                MentionsUkraine = true;
            }

            var kind = party is null ? PartyRefKind.Unaffiliated : PartyRefKind.Named;
            var reference = new PartyRef(first, end, kind, party, m.CanonicalName, m.Type)
            {
                Possessive = end < Words.Length && Words[end] == "'s",
            };
            for (var i = first; i < end; i++)
            {
                Parties[i] = reference;
            }
        }
    }

    private void MarkPartyPhrases()
    {
        var trie = PartyLexicon.Default.Phrases;
        foreach (var s in Sentences)
        {
            var i = s.First;
            while (i < s.End)
            {
                if (Parties[i] is not null || Systems[i] is not null)
                {
                    i++;
                    continue;
                }

                var (length, phrase) = trie.LongestAt(Words, i, s.End);
                if (phrase is not null && phrase.Kind == PartyPhraseKind.Collective && length > 1 && Covered(i, i + length) && !CoveredBySystem(i, i + length) && EntityInside(i, i + length))
                {
                    // "any NATO country", "NATO allies": the group, not the alliance itself.
                    for (var k = i; k < i + length; k++)
                    {
                        Parties[k] = null;
                    }
                }

                if (phrase is null || Covered(i, i + length))
                {
                    i++;
                    continue;
                }

                var kind = phrase.Kind switch
                {
                    PartyPhraseKind.Collective => PartyRefKind.Collective,
                    PartyPhraseKind.Pronoun => PartyRefKind.Pronoun,
                    _ => PartyRefKind.FirstPerson,
                };
                var possessive = phrase.Phrase is "its" or "their" or "his" or "her" or "our" || (i + length < s.End && Words[i + length] == "'s");
                var reference = new PartyRef(i, i + length, kind, phrase.Party, phrase.Kind == PartyPhraseKind.Collective ? phrase.Party : null, null)
                {
                    Possessive = possessive,
                };
                for (var k = i; k < i + length; k++)
                {
                    Parties[k] = reference;
                }

                i += length;
            }
        }
    }

    /// <summary>Unnamed weapon phrases: a head noun ("missiles", "jets") with the modifiers before it.
    /// A phrase whose modifiers hold a named system ("Javelin missiles") belongs to that system.</summary>
    private void MarkWeaponPhrases()
    {
        var lexicon = WeaponLexicon.Default;
        foreach (var s in Sentences)
        {
            for (var i = s.First; i < s.End; i++)
            {
                var w = Words[i];
                if (Systems[i] is not null)
                {
                    continue;
                }

                // "those don't seem to have arrived": a demonstrative standing alone is a pronoun.
                var standsAlone = w is "those" or "these" && i + 1 < s.End && (Words[i + 1] is "don't" or "have" or "are" or "were" or "will" or "would" or "had" or "haven't" or "aren't" or "weren't" or "," or ".");
                if ((w is "them" or "it" && Parties[i] is null or { Kind: PartyRefKind.Pronoun }) || standsAlone)
                {
                    if (w is "them" or "those" or "these" || (i > s.First && Words[i - 1] is not ("that" or "said" or "says")))
                    {
                        Systems[i] = new SystemRef(i, i + 1, null, WeaponLexicon.General, Named: false, Definite: true) { Pronoun = true };
                    }

                    continue;
                }

                if (!lexicon.Heads.TryGetValue(w, out var headClass) || Parties[i] is not null)
                {
                    continue;
                }

                // A head followed by another head ("missile systems", "rocket launchers") is a modifier.
                if (i + 1 < s.End && lexicon.Heads.ContainsKey(Words[i + 1]) && Systems[i + 1] is null)
                {
                    continue;
                }

                var first = i;
                string? modifierClass = null;
                string? origin = null;
                var namedModifier = false;
                var j = i - 1;
                while (j >= s.First && i - j <= 6)
                {
                    var m = Words[j];
                    if (Systems[j] is { Named: true })
                    {
                        namedModifier = true;
                        break;
                    }

                    if (m.StartsWith("western", StringComparison.Ordinal))
                    {
                        origin ??= "Western partners";
                    }

                    if (Parties[j] is { } modifierParty)
                    {
                        // "U.S.-made", "British-donated": the party a weapon comes from.
                        if (modifierParty.Kind == PartyRefKind.Named && !modifierParty.Possessive && modifierParty.Party is not null)
                        {
                            origin ??= modifierParty.Party;
                        }

                        break;
                    }

                    if (IsStop(m) || !CanModify(j, lexicon))
                    {
                        // "U.S.-made long-range weapons", "British-supplied missiles": a party
                        // joined by a hyphen to a participle says where the weapon comes from.
                        if (m is "made" or "built" or "supplied" or "provided" or "donated" or "manufactured" && j >= s.First + 2 && PartyBeforeHyphen(j) is { } maker)
                        {
                            origin ??= maker;
                        }

                        break;
                    }

                    var (len, cls) = lexicon.Modifiers.LongestAt(Words, j, i);
                    if (cls is null && j > s.First)
                    {
                        // A two-word modifier that ends here: "long range", "air defense".
                        var (len2, cls2a) = lexicon.Modifiers.LongestAt(Words, j - 1, i);
                        (len, cls) = len2 == 2 ? (len2, cls2a) : (0, null);
                    }

                    if (cls is not null && len > 0)
                    {
                        modifierClass ??= cls;
                    }
                    else if (lexicon.Heads.TryGetValue(m, out var innerClass) && innerClass != WeaponLexicon.General)
                    {
                        modifierClass ??= innerClass;
                    }

                    first = j;
                    j--;
                }

                // "the M142 high mobility artillery rocket system (Himars)": a named system right
                // before the phrase, or right after it in apposition, is what the phrase names.
                for (var k = first - 1; !namedModifier && k >= s.First && k >= i - 8; k--)
                {
                    if (Systems[k] is { Named: true })
                    {
                        namedModifier = true;
                    }
                    else if (Words[k] is "," or "." or "and" or "or" or "of" or "to" or "the" or "a" or "an" || Parties[k] is not null)
                    {
                        break;
                    }
                }

                var after = i + 1 < s.End && Words[i + 1] == "(" ? i + 2 : i + 1;
                namedModifier |= after < s.End && Systems[after] is { Named: true } && Words[i + 1] is "(" || (after == i + 1 && after < s.End && Systems[after] is { Named: true });

                if (namedModifier)
                {
                    continue;
                }

                var definite = first > s.First && Determiners.Contains(Words[first - 1]);
                var cls2 = modifierClass is not null && headClass == WeaponLexicon.General ? modifierClass
                    : modifierClass == "long-range" ? modifierClass
                    : headClass;
                var reference = new SystemRef(first, i + 1, null, cls2, Named: false, definite) { Origin = origin };
                for (var k = first; k <= i; k++)
                {
                    Systems[k] ??= reference;
                }
            }
        }
    }

    /// <summary>A word that can stand inside a weapon phrase before its head: a modifier or head of
    /// the lexicon, an adjective it lists, a number, a hyphenated or capitalized word.</summary>
    private bool CanModify(int j, WeaponLexicon lexicon)
    {
        var w = Words[j];
        return lexicon.Modifiers.LongestAt(Words, j, j + 1).Value is not null || (j + 1 < Words.Length && lexicon.Modifiers.LongestAt(Words, j, j + 2).Value is not null)
            || (j > 0 && lexicon.Modifiers.LongestAt(Words, j - 1, j + 1) is (2, not null)) || lexicon.Heads.ContainsKey(w) || lexicon.Adjectives.Contains(w)
            || (w.Length > 0 && char.IsDigit(w[0])) || w.Contains('-', StringComparison.Ordinal) || char.IsUpper(Tokens[j].Text[0]);
    }

    /// <summary>Words that end a noun phrase's modifiers when reading leftwards.</summary>
    private static bool IsStop(string w) =>
        Determiners.Contains(w) || w is "a" or "an" or "of" or "and" or "or" or "," or "to" or "for" or "with" or "in" or "on"
            or "from" or "by" or "as" or "that" or "which" or "more" or "than" or "including" or "like" or "about" or "is" or "are"
            or "against" or "at" or "into" or "over" or "under" or "through" or "without" or "beyond" or "after" or "before" or "since"
            or "during" or "between" or "among" or "across" or "toward" or "towards" or "via" or "per" or "near" or "within" or "inside"
            or "was" or "were" or "be" or "been" or "has" or "have" or "had" or "not" or "no" or "\"" or "\u201c" or "\u201d"
            || (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
            || (w.Length > 0 && !char.IsLetterOrDigit(w[0]) && w != "-");

    private void MarkTimes()
    {
        foreach (var t in Analysis.Times)
        {
            var (first, end) = TokensOf(t.Span);
            for (var i = first; i < end; i++)
            {
                Times[i] ??= t;
            }
        }
    }

    private bool CoveredBySystem(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Systems[i] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every party reference in [first, end) lies wholly inside it.</summary>
    private bool EntityInside(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Parties[i] is { } r && (r.First < first || r.End > end))
            {
                return false;
            }
        }

        return true;
    }

    private bool Covered(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Parties[i] is not null || Systems[i] is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens overlapping <paramref name="span"/>: [first, end). Binary search, so linear overall.</summary>
    public (int First, int End) TokensOf(TextSpan span)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var end = lo;
        while (end < Tokens.Count && Tokens[end].Span.Start < span.End)
        {
            end++;
        }

        return (lo, end);
    }
}
