using System.Collections.Frozen;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Names the gazetteer does not know, from capitalised sequences and their context. A sequence is a run of
/// capitalised words not yet in a mention, joined by "of", "for", particles ("von", "al") and, inside an
/// organisation's name, "and". In order, the first rule that fits types it:
/// <list type="number">
/// <item>a run that is only a title ("Strategic Communications Coordinator") is no name;</item>
/// <item>a last word from name-suffixes.tsv: "... Institute" ORG (after a country or demonym: that country's
/// organ, "Ukrainian Ground Forces"), "... Times" an outlet, "... Province" a GPE;</item>
/// <item>a title before the name, inside the run or just before it ("Col. Roger Cabiness", "spokesman Matt
/// Seyler"): PERSON;</item>
/// <item>a first word from given-names.tsv ("Luis Martinez"): PERSON;</item>
/// <item>two or three words before a speech verb ("... said"): PERSON;</item>
/// <item>an apposition with a role ("X, a spokesman for Y" or "a spokesman for Y, X,"): PERSON;</item>
/// <item>up to three words after "in", "near", "across"...: GPE.</item>
/// </list>
/// Anything else is left alone: precision over recall. Also "the Defense and State Departments" gives two
/// departments.
/// </summary>
internal sealed class NamePatterns
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "with", "without", "to", "of",
        "as", "but", "and", "or", "nor", "so", "yet", "if", "when", "while", "where", "why", "how", "what", "who", "whom", "whose",
        "which", "after", "before", "since", "during", "despite", "although", "though", "because", "until", "unless", "according",
        "meanwhile", "however", "moreover", "furthermore", "also", "still", "even", "just", "only", "under", "over", "into",
        "through", "throughout", "against", "among", "between", "beyond", "within", "amid", "last", "next", "earlier", "later",
        "today", "yesterday", "tomorrow", "now", "then", "here", "there", "it", "its", "he", "she", "they", "we", "you", "his",
        "her", "their", "our", "my", "your", "him", "them", "us", "some", "many", "most", "all", "both", "each", "every", "any",
        "no", "not", "several", "few", "other", "another", "such", "more", "less", "much", "one", "two", "three", "first",
        "second", "third", "dear", "please", "thank", "thanks", "read", "continue", "click", "share", "subscribe", "sign", "watch",
        "photo", "video", "image", "credit", "updated", "published", "posted", "source", "sources", "officials", "analysts",
        "experts", "observers", "critics", "western", "eastern", "northern", "southern", "allied", "do", "does", "did", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "let", "yes", "ok", "why", "asked", "like", "unlike", "instead", "once", "again", "already", "soon", "finally",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(FoldedComparer.Instance);

    /// <summary>Last words of a government's organs: "Polish Foreign Ministry" acts for Poland, the "Italian
    /// Institute for ... Studies" does not.</summary>
    private static readonly FrozenSet<string> GovernmentWords = new[]
    {
        "ministry", "department", "forces", "army", "navy", "corps", "command", "office", "guard", "guards", "directorate",
        "agency", "service", "parliament", "government", "cabinet", "embassy", "consulate", "police", "marines", "fleet",
        "administration", "senate", "congress", "assembly", "council", "mission", "bureau", "brigade", "battalion", "regiment",
        "division", "secretariat",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> Calendar = new[]
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(FoldedComparer.Instance);

    /// <summary>Last words of event names, which the place rule must not take: "in World War II", "in the Cold War".</summary>
    private static readonly FrozenSet<string> EventWords = new[]
    {
        "war", "wars", "revolution", "crisis", "games", "olympics", "cup", "day", "week", "summit", "conference", "forum",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> Particles = new[]
    {
        "of", "for", "de", "von", "der", "van", "du", "da", "al", "bin", "ibn", "del", "di", "la", "le", "the", "and", "&",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "told", "tells", "added", "wrote", "writes", "noted", "explained", "stressed", "warned", "argued",
        "claimed", "insisted", "tweeted", "posted", "announced", "confirmed", "acknowledged", "emphasized", "emphasised",
        "cautioned", "replied", "answered", "believes", "suggested", "recalled", "predicted", "urged", "stated", "commented",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "near", "outside", "across", "into", "throughout", "around",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> RoleModifiers = new[]
    {
        "a", "an", "the", "former", "senior", "deputy", "top", "chief", "retired", "longtime", "leading", "military", "political",
        "defense", "defence", "security", "foreign", "press", "policy", "independent", "veteran", "prominent", "ukrainian",
        "russian", "american", "british", "german", "us", "u.s.", "uk", "nato", "pentagon", "kremlin", "white", "house", "state",
        "department", "government", "spokesperson's",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> StrongTitles = new[]
    {
        "mr", "mrs", "ms", "dr", "sir", "dame", "professor", "president", "chancellor", "senator", "secretary", "minister",
        "governor", "mayor", "ambassador", "premier", "speaker", "commissioner", "spokesman", "spokeswoman", "spokesperson",
        "colonel", "lieutenant", "admiral", "sergeant", "captain", "congressman", "congresswoman", "representative", "king",
        "queen", "prince", "princess", "sheikh", "ayatollah", "envoy",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> PluralDepartments = new[] { "departments", "ministries" }.ToFrozenSet(FoldedComparer.Instance);

    private readonly Gazetteer _gazetteer;

    public NamePatterns(Gazetteer gazetteer) => _gazetteer = gazetteer;

    internal static bool IsStopWord(string word) => StopWords.Contains(word);

    internal static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    /// <summary>A given name, or a hyphenated one that starts with one ("Franz-Stefan", "Marie-Agnes").</summary>
    private bool IsGivenName(string word)
    {
        if (_gazetteer.GivenNames.ContainsKey(word))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 1 && dash < word.Length - 2 && char.IsUpper(word[dash + 1])
            && _gazetteer.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word.AsSpan(0, dash));
    }

    public void Find(ArticleScan scan, List<FoundMention> found)
    {
        foreach (var (start, end) in scan.Sentences)
        {
            FindCoordinatedDepartments(scan, start, end, found);
            var i = start;
            while (i < end)
            {
                if (scan.Covered[i] || !scan.IsNameWord(i))
                {
                    i++;
                    continue;
                }

                var last = ExtendRun(scan, i, end);
                Classify(scan, i, last + 1, start, end, found);
                i = last + 1;
            }
        }
    }

    private static bool IsInitial(string word) => (word.Length == 1 && char.IsUpper(word[0])) || (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.');

    /// <summary>"Vladimir V. Putin", "Dmitri S. Peskov", "Emanuel Macron": first names and initials (at most three
    /// words) just before a known person's mention belong to it; the mention grows to cover them.</summary>
    private bool ExtendsPersonAfter(ArticleScan scan, int a, int b)
    {
        if (b - a is < 1 or > 3)
        {
            return false;
        }

        var next = b < scan.Texts.Length && scan.Texts[b] == "." && IsInitial(scan.Texts[b - 1]) ? b + 1 : b;
        if (next >= scan.Texts.Length || !scan.Covered[next] || scan.SentenceOf[next] != scan.SentenceOf[a])
        {
            return false;
        }

        var person = scan.EndingAt.Skip(next).Take(4).FirstOrDefault(m => m is { Removed: false, Type: EntityType.Person, Kind: MentionKind.Name } && m.First == next);
        if (person is null || !(IsGivenName(scan.Texts[a]) || IsInitial(scan.Texts[b - 1])))
        {
            return false;
        }

        for (var k = a; k < b; k++)
        {
            if (!(scan.IsNameWord(k) || scan.Texts[k] == "."))
            {
                return false;
            }
        }

        person.First = a;
        person.Start = scan.Tokens[a].Span.Start;
        scan.Cover(person, true);
        return true;
    }

    private static int ExtendRun(ArticleScan scan, int first, int end)
    {
        var last = first;
        var sawOfFor = false;
        var j = first + 1;
        while (j < end && !scan.Covered[j] && !scan.LineBreakBefore(j))
        {
            if (scan.IsNameWord(j) && !Calendar.Contains(scan.Texts[j]))
            {
                last = j;
                j++;
                continue;
            }

            // An initial and its period: "Frederick H. Collier".
            if (scan.Texts[j] == "." && IsInitial(scan.Texts[j - 1]) && j + 1 < end && !scan.Covered[j + 1] && scan.IsNameWord(j + 1))
            {
                last = j + 1;
                j += 2;
                continue;
            }

            // Particles join only when a capitalised word follows: "Institute for Strategic Studies", "Ursula von der ...".
            var k = j;
            var ofFor = sawOfFor;
            while (k < end && !scan.Covered[k] && Particles.Contains(scan.Texts[k]) && (char.IsLower(scan.Texts[k][0]) || scan.Texts[k] == "&"))
            {
                var w = scan.Texts[k];
                if (scan.Is(k, "and") || w == "&")
                {
                    if (!ofFor)
                    {
                        return last;
                    }
                }
                else if (scan.Is(k, "the") && !(scan.Is(k - 1, "of") || scan.Is(k - 1, "for")))
                {
                    return last;
                }

                ofFor |= scan.Is(k, "of") || scan.Is(k, "for");
                k++;
            }

            if (k == j || k >= end || scan.Covered[k] || !scan.IsNameWord(k))
            {
                return last;
            }

            sawOfFor = ofFor;
            last = k;
            j = k + 1;
        }

        return last;
    }

    private void Classify(ArticleScan scan, int a, int b, int sentenceStart, int sentenceEnd, List<FoundMention> found)
    {
        // A title anywhere in the run: the name is what follows the last one.
        var titleEnd = a;
        var titleStart = a;
        for (var p = a; p < b; p++)
        {
            var len = _gazetteer.Titles.LongestMatch(scan.Texts, p, b, out _);
            if (len > 0 && p + len >= titleEnd)
            {
                titleEnd = p + len;
                titleStart = p;
            }
        }

        // "Minister of National Defense", "Under Secretary of State for Political Affairs": what follows a title
        // after "of"/"for" belongs to the title.
        if (titleEnd == b || (titleEnd > a && Particles.Contains(scan.Texts[titleEnd])))
        {
            return;
        }

        while (a < b && a >= titleEnd && StopWords.Contains(scan.Texts[a]))
        {
            a++;
        }

        while (b > a && Particles.Contains(scan.Texts[b - 1]))
        {
            b--;
        }

        if (a >= b)
        {
            return;
        }

        var length = b - a;
        if (ExtendsPersonAfter(scan, Math.Max(a, titleEnd), b))
        {
            return;
        }

        // "Mykola Sunhurovsky of the Razumkov Center": a person of an organisation, two names.
        for (var k = Math.Max(a, titleEnd) + 2; k < b - 1 && k <= Math.Max(a, titleEnd) + 3; k++)
        {
            if (scan.Is(k, "of") && IsGivenName(scan.Texts[Math.Max(a, titleEnd)]) && _gazetteer.Suffixes.ContainsKey(scan.Texts[b - 1]))
            {
                Classify(scan, a, k, sentenceStart, sentenceEnd, found);
                var right = scan.Is(k + 1, "the") ? k + 2 : k + 1;
                if (right < b)
                {
                    Classify(scan, right, b, sentenceStart, sentenceEnd, found);
                }

                return;
            }
        }

        var nameStart = Math.Max(a, titleEnd);
        while (nameStart < b && Particles.Contains(scan.Texts[nameStart]))
        {
            nameStart++;
        }

        if ((b - nameStart >= 2 || (nameStart == a && FollowsName(scan, a))) && _gazetteer.Suffixes.TryGetValue(scan.Texts[b - 1], out var suffix))
        {
            AddSuffixName(scan, nameStart, b, suffix, found);
            return;
        }

        var nameLength = b - nameStart;
        if (titleEnd > a || TitleBefore(scan, a, sentenceStart))
        {
            var strongTitle = titleEnd > a ? IsStrongTitle(scan, titleStart, titleEnd) : IsStrongTitle(scan, a - 1, a);
            if (nameLength is >= 2 and <= 4 || (nameLength == 1 && strongTitle))
            {
                Add(scan, found, nameStart, b, EntityType.Person, "pattern:title-name");
            }

            return;
        }

        if (length is >= 2 and <= 4 && IsGivenName(scan.Texts[a]))
        {
            Add(scan, found, a, b, EntityType.Person, "pattern:given-name");
            return;
        }

        if (length is >= 2 and <= 3 && b < sentenceEnd && SpeechVerbs.Contains(scan.Texts[b]))
        {
            Add(scan, found, a, b, EntityType.Person, "pattern:speaker");
            return;
        }

        if (length is >= 2 and <= 4 && (RoleFollows(scan, b, sentenceEnd) || RoleBefore(scan, a, sentenceStart)))
        {
            Add(scan, found, a, b, EntityType.Person, "pattern:apposition");
            return;
        }

        if (length <= 3 && a > sentenceStart && PlacePrepositions.Contains(scan.Texts[a - 1]) && !StopWords.Contains(scan.Texts[a]) && !EventWords.Contains(scan.Texts[b - 1]))
        {
            Add(scan, found, a, b, EntityType.Gpe, "pattern:in-place");
        }
    }

    private static bool FollowsName(ArticleScan scan, int a) =>
        scan.MentionBefore(a) is { Kind: MentionKind.Name, Type: EntityType.Gpe or EntityType.Org };

    private void AddSuffixName(ArticleScan scan, int a, int b, NameSuffixKind suffix, List<FoundMention> found)
    {
        // "Ukrainian" + "Ground Forces": the organ of the country named just before; "Tehran" + "Times": an outlet.
        var before = scan.MentionBefore(a) is { Type: EntityType.Gpe or EntityType.Org } prev && prev.Sentence == scan.SentenceOf[a] ? prev : null;
        if (before is not null && (before.Kind == MentionKind.Name || suffix == NameSuffixKind.Org))
        {
            before.Removed = true;
            var country = before.Entry is { Kind: "country" } && GovernmentWords.Contains(scan.Texts[b - 1]) ? before.Entry : null;
            var mergedType = suffix == NameSuffixKind.Place ? EntityType.Gpe : EntityType.Org;
            var merged = Add(scan, found, before.First, b, mergedType, country is not null && suffix == NameSuffixKind.Org ? "pattern:national-organ" : "pattern:extended-name");
            merged.ActsFor = country?.Name;
            merged.IsOutlet = suffix == NameSuffixKind.Outlet;
            return;
        }

        if (suffix == NameSuffixKind.Place)
        {
            Add(scan, found, a, b, EntityType.Gpe, "pattern:place-suffix");
            return;
        }

        var m = Add(scan, found, a, b, EntityType.Org, suffix == NameSuffixKind.Outlet ? "pattern:outlet-suffix" : "pattern:org-suffix");
        m.IsOutlet = suffix == NameSuffixKind.Outlet;
    }

    /// <summary>"the Defense and State Departments": two departments, each resolved through the gazetteer.</summary>
    private void FindCoordinatedDepartments(ArticleScan scan, int start, int end, List<FoundMention> found)
    {
        for (var k = start + 3; k < end; k++)
        {
            if (!PluralDepartments.Contains(scan.Texts[k]) || !scan.Is(k - 2, "and"))
            {
                continue;
            }

            int x = k - 3, y = k - 1;
            if (scan.Covered[x] || scan.Covered[y] || !scan.IsNameWord(x) || !scan.IsNameWord(y))
            {
                continue;
            }

            var head = scan.Is(k, "ministries") ? "Ministry" : "Department";
            foreach (var (first, last) in new[] { (x, x), (y, k) })
            {
                var name = $"{scan.Texts[first]} {head}";
                var entry = _gazetteer.FindByName(name);
                var m = Add(scan, found, first, last + 1, EntityType.Org, "pattern:coordinated-departments");
                m.Canonical = entry?.Name ?? name;
                m.Entry = entry;
                m.ActsFor = entry is null ? null : _gazetteer.ActsFor(entry, null);
            }
        }
    }

    /// <summary>A title that can stand before a bare surname ("Col. Cabiness", "Mr Smith", "Senator Wicker"), unlike
    /// words that also begin other names ("General" in "General Atomics", "Chief", "Justice").</summary>
    private static bool IsStrongTitle(ArticleScan scan, int start, int end)
    {
        var last = scan.Texts[end - 1];
        return last.EndsWith('.') || end - start > 1 || StrongTitles.Contains(last);
    }

    private bool TitleBefore(ArticleScan scan, int a, int sentenceStart)
    {
        if (a <= sentenceStart)
        {
            return false;
        }

        for (var k = a - 1; k >= Math.Max(sentenceStart, a - 6); k--)
        {
            if (k + _gazetteer.Titles.LongestMatch(scan.Texts, k, a, out _) == a)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", a spokesman for ...", ", the former defence minister": a role after the comma.</summary>
    private bool RoleFollows(ArticleScan scan, int b, int sentenceEnd)
    {
        if (b >= sentenceEnd || scan.Texts[b] != ",")
        {
            return false;
        }

        for (var k = b + 1; k < Math.Min(sentenceEnd, b + 6); k++)
        {
            if (_gazetteer.Titles.LongestMatch(scan.Texts, k, k + 1, out var kinds) > 0 && char.IsLower(scan.Texts[k][0]))
            {
                return kinds.Count > 0;
            }

            if (!RoleModifiers.Contains(scan.Texts[k]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a spokesman for the U.S. State Department, Matthew Miller,": a role before the comma.</summary>
    private bool RoleBefore(ArticleScan scan, int a, int sentenceStart)
    {
        if (a - 1 <= sentenceStart || scan.Texts[a - 1] != ",")
        {
            return false;
        }

        for (var k = a - 2; k >= Math.Max(sentenceStart, a - 12); k--)
        {
            if (scan.Texts[k] is "," or ";" or ":")
            {
                return false;
            }

            if (char.IsLower(scan.Texts[k][0]) && _gazetteer.Titles.LongestMatch(scan.Texts, k, k + 1, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static FoundMention Add(ArticleScan scan, List<FoundMention> found, int first, int end, EntityType type, string rule)
    {
        var start = scan.Tokens[first].Span.Start;
        var stop = scan.Tokens[end - 1].Span.End;
        var m = new FoundMention
        {
            First = first,
            End = end,
            Start = start,
            Stop = stop,
            Type = type,
            Canonical = CollapseSpaces(scan.Text.AsSpan(start, stop - start)),
            Rule = rule,
            Sentence = scan.SentenceOf[first],
        };
        found.Add(m);
        scan.Cover(m, true);
        return m;
    }

    private static string CollapseSpaces(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
