using System.Collections.Frozen;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Links mentions within one article, with simple rules that are easy to check:
/// <list type="bullet">
/// <item>Surnames: a one-word person mention, or any capitalised word not yet in a mention, that is the last
/// word of a full name in the article ("Kirby" after "John Kirby") takes that person's canonical name; the
/// antecedent is the nearest full mention before it (else the first after it).</item>
/// <item>Acronyms: "International Institute for Strategic Studies (IISS)" makes "IISS" a name of it, here and
/// further on.</item>
/// <item>"he"/"she": the last person named earlier in the same sentence; else the first person (the usual
/// subject) of the nearest of the two sentences before; skipping people whose gender (gazetteer or given name)
/// does not fit.</item>
/// <item>"the newspaper", "the paper", "the outlet", "the broadcaster", "the news agency": the outlet last
/// named.</item>
/// <item>"the missiles in question", "the system", "such weapons", "these long-range missiles": the system last
/// named within four sentences (two for the generic "weapons"/"system"), if its class fits the noun.</item>
/// <item>"the administration": the administration last named ("the Biden administration"), else that of the
/// president, on the article's date, of the country the article mentions most.</item>
/// </list>
/// References are <see cref="MentionKind.Reference"/> mentions with <see cref="FoundMention.Antecedent"/> set.
/// </summary>
internal sealed class MentionResolver
{
    private static readonly FrozenSet<string> OutletNouns = new[]
    {
        "newspaper", "paper", "outlet", "broadcaster", "daily", "publication", "magazine", "tabloid", "network",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> SystemDeterminers = new[] { "the", "these", "those", "such", "this", "that" }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> SystemModifiers = new[]
    {
        "long-range", "longer-range", "short-range", "medium-range", "advanced", "new", "same", "additional", "more", "powerful",
        "sophisticated", "modern", "heavy", "promised", "requested", "coveted", "vaunted", "much-needed", "precision", "guided",
    }.ToFrozenSet(FoldedComparer.Instance);

    private static readonly FrozenSet<string> NameSuffixes = new[] { "jr.", "jr", "sr.", "sr", "ii", "iii", "iv" }.ToFrozenSet(FoldedComparer.Instance);

    private readonly Gazetteer _gazetteer;

    public MentionResolver(Gazetteer gazetteer) => _gazetteer = gazetteer;

    public void Resolve(ArticleScan scan, List<FoundMention> found, DateOnly? date)
    {
        ResolveSurnames(scan, found);
        ResolveAcronyms(scan, found);
        ResolveReferences(scan, found, date);
    }

    private static int SurnameToken(ArticleScan scan, FoundMention m)
    {
        var last = m.End - 1;
        while (last > m.First && NameSuffixes.Contains(scan.Texts[last]))
        {
            last--;
        }

        return last;
    }

    private void ResolveSurnames(ArticleScan scan, List<FoundMention> found)
    {
        var full = new Dictionary<string, List<FoundMention>>(FoldedComparer.Instance);
        foreach (var m in found)
        {
            if (!m.Removed && m.Type == EntityType.Person && m.Kind == MentionKind.Name && m.End - m.First >= 2)
            {
                var surname = scan.Texts[SurnameToken(scan, m)];
                if (!full.TryGetValue(surname, out var list))
                {
                    full[surname] = list = [];
                }

                list.Add(m);
            }
        }

        if (full.Count == 0)
        {
            return;
        }

        foreach (var m in found.ToList())
        {
            if (m.Removed || m.Type != EntityType.Person || m.Kind != MentionKind.Name || m.End - m.First != 1)
            {
                continue;
            }

            if (!full.TryGetValue(scan.Texts[m.First], out var candidates))
            {
                continue;
            }

            var antecedent = Nearest(candidates, m.Start, c => m.Entry is null || c.Entry == m.Entry);
            if (antecedent is null)
            {
                continue;
            }

            m.Antecedent = antecedent.Span;
            if (m.Entry is null)
            {
                CopyIdentity(antecedent, m);
                m.Rule = "resolve:surname";
            }
        }

        for (var i = 0; i < scan.Texts.Length; i++)
        {
            // "May" after "Theresa May" is still mostly the modal or the month: function words never resolve.
            if (scan.Covered[i] || !scan.IsNameWord(i) || NamePatterns.IsStopWord(scan.Texts[i]) || !full.TryGetValue(scan.Texts[i], out var candidates))
            {
                continue;
            }

            var antecedent = Nearest(candidates, scan.Tokens[i].Span.Start, _ => true)!;
            var m = NewMention(scan, i, i + 1, EntityType.Person, "resolve:surname");
            CopyIdentity(antecedent, m);
            m.Antecedent = antecedent.Span;
            found.Add(m);
            scan.Covered[i] = true;
        }
    }

    private static void ResolveAcronyms(ArticleScan scan, List<FoundMention> found)
    {
        var acronyms = new Dictionary<string, FoundMention>(StringComparer.Ordinal);
        foreach (var m in found.ToList())
        {
            if (m.Removed || m.Type != EntityType.Org || m.Entry is not null || m.End + 2 >= scan.Texts.Length)
            {
                continue;
            }

            var a = m.End + 1;
            if (scan.Texts[m.End] == "(" && scan.Texts[a + 1] == ")" && !scan.Covered[a] && IsAcronym(scan.Texts[a]))
            {
                var acronym = NewMention(scan, a, a + 1, EntityType.Org, "pattern:acronym");
                CopyIdentity(m, acronym);
                acronym.Antecedent = m.Span;
                found.Add(acronym);
                scan.Covered[a] = true;
                acronyms.TryAdd(scan.Texts[a], m);
            }
        }

        if (acronyms.Count == 0)
        {
            return;
        }

        for (var i = 0; i < scan.Texts.Length; i++)
        {
            if (!scan.Covered[i] && acronyms.TryGetValue(scan.Texts[i], out var org))
            {
                var m = NewMention(scan, i, i + 1, EntityType.Org, "resolve:acronym");
                CopyIdentity(org, m);
                m.Antecedent = org.Span;
                found.Add(m);
                scan.Covered[i] = true;
            }
        }
    }

    private void ResolveReferences(ArticleScan scan, List<FoundMention> found, DateOnly? date)
    {
        var live = found.Where(m => !m.Removed).OrderBy(m => m.Start).ToList();
        var persons = new List<FoundMention>();
        var systems = new List<FoundMention>();
        FoundMention? lastOutlet = null;
        FoundMention? lastAdministration = null;
        var next = 0;
        for (var i = 0; i < scan.Texts.Length; i++)
        {
            var at = scan.Tokens[i].Span.Start;
            while (next < live.Count && live[next].Start < at)
            {
                var m = live[next++];
                if (m.Type == EntityType.Person)
                {
                    persons.Add(m);
                    if (m.End < scan.Texts.Length && scan.Is(m.End, "administration")
                        || (m.End + 1 < scan.Texts.Length && scan.Texts[m.End] is "'s" or "\u2019s" && scan.Is(m.End + 1, "administration")))
                    {
                        lastAdministration = m;
                    }
                }
                else if (m.Type == EntityType.System && m.Kind == MentionKind.Name)
                {
                    systems.Add(m);
                }
                else if (m.IsOutlet)
                {
                    lastOutlet = m;
                }
            }

            if (scan.Covered[i])
            {
                continue;
            }

            var reference = ResolvePronoun(scan, i, persons)
                ?? ResolveOutlet(scan, i, lastOutlet)
                ?? ResolveSystem(scan, i, systems)
                ?? ResolveAdministration(scan, i, lastAdministration, live, date);
            if (reference is null)
            {
                continue;
            }

            reference.Kind = MentionKind.Reference;
            found.Add(reference);
            scan.Cover(reference, true);
            if (reference.Type == EntityType.Person)
            {
                persons.Add(reference);
            }

            i = reference.End - 1;
        }
    }

    private FoundMention? ResolvePronoun(ArticleScan scan, int i, List<FoundMention> persons)
    {
        char gender;
        if (scan.Is(i, "he"))
        {
            gender = 'm';
        }
        else if (scan.Is(i, "she"))
        {
            gender = 'f';
        }
        else
        {
            return null;
        }

        var sentence = scan.SentenceOf[i];
        FoundMention? antecedent = null;
        for (var k = persons.Count - 1; k >= 0 && antecedent is null; k--)
        {
            var p = persons[k];
            if (p.Sentence < sentence)
            {
                break;
            }

            antecedent = Fits(p, gender) ? p : null;
        }

        for (var back = 1; back <= 2 && antecedent is null; back++)
        {
            // The first person of the sentence, the usual subject (persons are in text order: walk back only
            // as far as that sentence).
            for (var k = persons.Count - 1; k >= 0 && persons[k].Sentence >= sentence - back; k--)
            {
                if (persons[k].Sentence == sentence - back && Fits(persons[k], gender))
                {
                    antecedent = persons[k];
                }
            }
        }

        if (antecedent is null)
        {
            return null;
        }

        var m = NewMention(scan, i, i + 1, EntityType.Person, "resolve:pronoun");
        CopyIdentity(antecedent, m);
        m.Antecedent = antecedent.Span;
        return m;
    }

    private bool Fits(FoundMention person, char pronounGender)
    {
        var g = person.Entry?.Attribute("gender") is { Length: 1 } a ? a[0] : GivenNameGender(person.Canonical);
        return g is 'u' or '?' || g == pronounGender;
    }

    private char GivenNameGender(string canonical)
    {
        var space = canonical.IndexOf(' ', StringComparison.Ordinal);
        var first = space > 0 ? canonical[..space] : canonical;
        return _gazetteer.GivenNames.TryGetValue(first, out var g) ? g : '?';
    }

    private static FoundMention? ResolveOutlet(ArticleScan scan, int i, FoundMention? lastOutlet)
    {
        if (lastOutlet is null || !scan.Is(i, "the") || i + 1 >= scan.Texts.Length || scan.Covered[i + 1])
        {
            return null;
        }

        var end = i + 1;
        if (scan.Is(end, "news") && end + 1 < scan.Texts.Length && scan.Is(end + 1, "agency"))
        {
            end++;
        }

        if (!(OutletNouns.Contains(scan.Texts[end]) || (end > i + 1 && scan.Is(end, "agency"))) || scan.SentenceOf[end] != scan.SentenceOf[i])
        {
            return null;
        }

        var m = NewMention(scan, i, end + 1, EntityType.Org, "resolve:outlet-reference");
        CopyIdentity(lastOutlet, m);
        m.IsOutlet = true;
        m.Antecedent = lastOutlet.Span;
        return m;
    }

    private FoundMention? ResolveSystem(ArticleScan scan, int i, List<FoundMention> systems)
    {
        if (systems.Count == 0 || !SystemDeterminers.Contains(scan.Texts[i]))
        {
            return null;
        }

        var sentenceEnd = scan.SentenceEnd(i);
        var p = i + 1;
        var modifiers = 0;
        while (p < sentenceEnd && modifiers < 2 && !scan.Covered[p] && SystemModifiers.Contains(scan.Texts[p]))
        {
            p++;
            modifiers++;
        }

        if (p >= sentenceEnd || scan.Covered[p])
        {
            return null;
        }

        var length = _gazetteer.SystemClasses.LongestMatch(scan.Texts, p, sentenceEnd, out var classes);
        if (length == 0 || char.IsUpper(scan.Texts[p][0]))
        {
            return null;
        }

        var end = p + length;
        if (end < sentenceEnd && scan.IsNameWord(end) && scan.Covered[end])
        {
            return null;
        }

        var nounClass = classes[0];
        var window = nounClass == "weapon" ? 2 : 4;
        var sentence = scan.SentenceOf[i];
        FoundMention? antecedent = null;
        for (var k = systems.Count - 1; k >= 0; k--)
        {
            var s = systems[k];
            if (s.Sentence < sentence - window)
            {
                break;
            }

            var systemClass = s.Entry?.Attribute("class") ?? "weapon";
            if (nounClass == "weapon" || systemClass.Contains(nounClass, StringComparison.Ordinal))
            {
                antecedent = s;
                break;
            }
        }

        if (antecedent is null)
        {
            return null;
        }

        if (end + 1 < sentenceEnd && scan.Is(end, "in") && scan.Is(end + 1, "question"))
        {
            end += 2;
        }

        var m = NewMention(scan, i, end, EntityType.System, "resolve:system-reference");
        CopyIdentity(antecedent, m);
        m.Antecedent = antecedent.Span;
        return m;
    }

    private FoundMention? ResolveAdministration(ArticleScan scan, int i, FoundMention? lastAdministration, List<FoundMention> live, DateOnly? date)
    {
        if (!scan.Is(i, "the") || i + 1 >= scan.Texts.Length || !scan.Is(i + 1, "administration") || scan.Covered[i + 1])
        {
            return null;
        }

        FoundMention? leader = lastAdministration;
        GazetteerEntry? person = leader?.Entry;
        if (person is null)
        {
            person = PresidentInFocus(live, date);
            if (person is null)
            {
                return null;
            }
        }

        var surname = (leader?.Canonical ?? person.Name).Split(' ')[^1];
        var m = NewMention(scan, i, i + 2, EntityType.Org, "resolve:administration");
        m.Canonical = surname + " administration";
        m.ActsFor = _gazetteer.ActsFor(person, date);
        m.Antecedent = leader?.Span;
        return m;
    }

    /// <summary>The president, on the date, of the country that the article's mentions name or act for most.</summary>
    private GazetteerEntry? PresidentInFocus(List<FoundMention> live, DateOnly? date)
    {
        var focus = live
            .Select(m => m.Entry is { Kind: "country" } e ? e.Name : m.ActsFor)
            .Where(n => n is not null)
            .GroupBy(n => n!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key);
        foreach (var country in focus)
        {
            var title = "President of " + (country == "United States" ? "the United States" : country);
            var president = _gazetteer.Entries.FirstOrDefault(e => e.Type == EntityType.Person && e.OfficeOn(date)?.Title == title);
            if (president is not null)
            {
                return president;
            }
        }

        return null;
    }

    private static FoundMention? Nearest(List<FoundMention> candidates, int at, Func<FoundMention, bool> accept)
    {
        FoundMention? before = null;
        FoundMention? after = null;
        foreach (var c in candidates)
        {
            if (!accept(c))
            {
                continue;
            }

            if (c.Start < at)
            {
                before = c;
            }
            else
            {
                after ??= c;
            }
        }

        return before ?? after;
    }

    private static void CopyIdentity(FoundMention from, FoundMention to)
    {
        to.Canonical = from.Canonical;
        to.Entry = from.Entry;
        to.ActsFor = from.ActsFor;
        to.Office = from.Office;
        to.Type = from.Type;
        to.IsOutlet = from.IsOutlet;
    }

    private static FoundMention NewMention(ArticleScan scan, int first, int end, EntityType type, string rule) => new()
    {
        First = first,
        End = end,
        Start = scan.Tokens[first].Span.Start,
        Stop = scan.Tokens[end - 1].Span.End,
        Type = type,
        Canonical = scan.Texts[first],
        Rule = rule,
        Sentence = scan.SentenceOf[first],
    };

    private static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
