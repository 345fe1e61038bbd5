using Docket.Core.Analysis.Text;
using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Finds entity mentions in one text. Pure and thread-safe: spans are offsets into the text it is given.
/// <list type="number">
/// <item>Gazetteer: the longest alias or demonym at each token, within a sentence (case rules in
/// <see cref="CaseMatches"/>; "the X" aliases need the article; systems take a plural; parts of hyphenated
/// words count: "Soviet-era", "Kremlin-backed"). A bare surname alias ("~Austin") needs the full name in the
/// article or a title before it; a system name that is a common word ("Hawk") needs a system word or another
/// system in the sentence.</item>
/// <item>Patterns for names the gazetteer lacks (<see cref="NamePatterns"/>): titles, given names, speech
/// verbs, appositions, name suffixes.</item>
/// <item>Resolution within the article (<see cref="MentionResolver"/>): surnames and acronyms to full names,
/// then references ("he", "the newspaper", "the missiles in question", "the administration").</item>
/// </list>
/// Offices and acts_for of people are read on the anchor date (the article's publication date; with none, each
/// person's latest office). The hot path allocates nothing per token: trie lookups over the token strings.
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly Lazy<EntityRecognizer> LazyDefault = new(() => new EntityRecognizer(Gazetteer.Default));

    private readonly Gazetteer _gazetteer;
    private readonly NamePatterns _patterns;
    private readonly MentionResolver _resolver;

    public EntityRecognizer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _patterns = new NamePatterns(gazetteer);
        _resolver = new MentionResolver(gazetteer);
    }

    /// <summary>The recognizer over <see cref="Gazetteer.Default"/>.</summary>
    public static EntityRecognizer Default => LazyDefault.Value;

    public Gazetteer Gazetteer => _gazetteer;

    /// <summary>Tokenizes and splits <paramref name="text"/>, then recognizes its mentions.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, DateOnly? anchorDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        return Recognize(text, tokens, SentenceSplitter.Split(text, tokens), anchorDate);
    }

    /// <summary>Mentions in <paramref name="text"/>, whose <paramref name="tokens"/> and
    /// <paramref name="sentences"/> are given (spans into the same text), ordered by position.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, DateOnly? anchorDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var scan = new ArticleScan(text, tokens, sentences);
        var found = new List<FoundMention>();
        for (var s = 0; s < scan.Sentences.Count; s++)
        {
            var (start, end) = scan.Sentences[s];
            MatchGazetteer(scan, start, end, found, anchorDate);
        }

        ConfirmDependentNames(scan, found, anchorDate);
        PreferPersonsOverGivenNamePlaces(scan, found);
        _patterns.Find(scan, found);
        _resolver.Resolve(scan, found, anchorDate);

        var result = new List<EntityMention>(found.Count);
        foreach (var m in found.Where(m => !m.Removed).OrderBy(m => m.Start).ThenBy(m => m.Stop))
        {
            result.Add(m.ToMention(text));
        }

        return result;
    }

    /// <summary>
    /// Whether a text token may stand for an alias token of the same folded text. Short acronyms (up to three
    /// letters: "US", "AP", "IS") match only exactly; longer ones also in title case ("Nato", "Himars"); a
    /// capitalised alias word needs a capital in the text ("Patriot", not "patriot"); lower-case alias words and
    /// a leading "the" match in any case.
    /// </summary>
    internal static bool CaseMatches(ReadOnlySpan<char> alias, ReadOnlySpan<char> text)
    {
        var letters = 0;
        var allUpper = true;
        var firstLetter = -1;
        for (var k = 0; k < alias.Length; k++)
        {
            var c = alias[k];
            if (!char.IsLetter(c))
            {
                continue;
            }

            firstLetter = firstLetter < 0 ? k : firstLetter;
            letters++;
            allUpper &= char.IsUpper(c);
        }

        if (letters == 0)
        {
            return true;
        }

        if (allUpper)
        {
            if (letters <= 3)
            {
                return alias.SequenceEqual(text);
            }

            for (var k = 0; k < alias.Length && k < text.Length; k++)
            {
                if (alias[k] != text[k] && !(char.IsLower(text[k]) && k > 0 && char.IsLetter(text[k - 1])))
                {
                    return false;
                }
            }

            return true;
        }

        if (char.IsUpper(alias[firstLetter]))
        {
            return firstLetter < text.Length && char.IsUpper(text[firstLetter])
                || (alias.Length == 3 && alias.Equals("The", StringComparison.Ordinal));
        }

        return true;
    }

    private void MatchGazetteer(ArticleScan scan, int start, int end, List<FoundMention> found, DateOnly? date)
    {
        var firstInSentence = found.Count;
        var i = start;
        while (i < end)
        {
            var length = LongestAcceptedMatch(scan, i, start, end, out var match);
            if (length > 0)
            {
                var m = NewGazetteerMention(scan, match!, i, i + length, date);
                found.Add(m);
                scan.Cover(m, true);
                i += length;
                continue;
            }

            if (scan.Tokens[i].Kind == TokenKind.Word && scan.Texts[i].Contains('-', StringComparison.Ordinal))
            {
                MatchHyphenParts(scan, i, found, date);
            }

            i++;
        }

        // Names that are also common words ("Hawk", "Caesar") need a system word after them or another system nearby.
        for (var k = firstInSentence; k < found.Count; k++)
        {
            var m = found[k];
            if (!m.NeedsSystemContext)
            {
                continue;
            }

            var classWordFollows = m.End < end && _gazetteer.SystemClasses.LongestMatch(scan.Texts, m.End, end, out _) > 0;
            var otherSystem = false;
            for (var o = firstInSentence; o < found.Count && !otherSystem; o++)
            {
                otherSystem = o != k && found[o].Type == EntityType.System && !found[o].NeedsSystemContext;
            }

            if (!classWordFollows && !otherSystem)
            {
                m.Removed = true;
                scan.Cover(m, false);
            }
        }
    }

    private int LongestAcceptedMatch(ArticleScan scan, int i, int sentenceStart, int end, out NameMatch? accepted)
    {
        accepted = null;
        var node = _gazetteer.Names.Root;
        var depth = 0;
        for (var j = i; j < end && depth < ArticleScan.MaxDepth; j++)
        {
            var next = node.Child(scan.Texts[j]);
            if (next is null)
            {
                break;
            }

            node = next;
            if (node.Values.Length > 0)
            {
                scan.TerminalNodes[depth] = node;
                scan.TerminalEnds[depth] = j + 1;
                depth++;
            }
        }

        for (var d = depth - 1; d >= 0; d--)
        {
            foreach (var candidate in scan.TerminalNodes[d].Values)
            {
                if (Accepts(scan, candidate, i, sentenceStart))
                {
                    accepted = candidate;
                    return scan.TerminalEnds[d] - i;
                }
            }
        }

        return 0;
    }

    private static bool Accepts(ArticleScan scan, NameMatch match, int i, int sentenceStart)
    {
        for (var k = 0; k < match.AliasTokens.Length; k++)
        {
            if (!CaseMatches(match.AliasTokens[k], scan.Texts[i + k]))
            {
                return false;
            }
        }

        return !match.RequiresArticle || (i > sentenceStart && scan.Is(i - 1, "the"));
    }

    private FoundMention NewGazetteerMention(ArticleScan scan, NameMatch match, int first, int end, DateOnly? date)
    {
        var entry = match.Entry;
        var demonym = match.Kind == MentionKind.Demonym;
        var single = end - first == 1;
        var word = scan.Texts[first];
        return new FoundMention
        {
            First = first,
            End = end,
            Start = scan.Tokens[first].Span.Start,
            Stop = scan.Tokens[end - 1].Span.End,
            Type = entry.Type,
            Kind = match.Kind,
            Canonical = entry.Name,
            Rule = (demonym ? "demonym:" : "gazetteer:") + entry.Id,
            Entry = entry,
            ActsFor = demonym ? _gazetteer.ActsFor(entry, date) ?? entry.Name : _gazetteer.ActsFor(entry, date),
            Office = entry.Type == EntityType.Person ? entry.OfficeOn(date)?.Title : null,
            IsOutlet = entry.Kind == "outlet",
            Dependent = match.Dependent,
            NeedsSystemContext = single && entry.Type == EntityType.System && entry.Attribute("ambiguous") == "yes" && IsPlainWord(word),
            Sentence = scan.SentenceOf[first],
        };
    }

    /// <summary>"Soviet-era", "Kremlin-backed", "Russia-Ukraine": a known single-word name inside a hyphenated word.</summary>
    private void MatchHyphenParts(ArticleScan scan, int i, List<FoundMention> found, DateOnly? date)
    {
        var word = scan.Texts[i].AsSpan();
        var tokenStart = scan.Tokens[i].Span.Start;
        var segStart = 0;
        while (segStart < word.Length)
        {
            var dash = word[segStart..].IndexOf('-');
            var segEnd = dash < 0 ? word.Length : segStart + dash;
            var seg = word[segStart..segEnd];
            if (seg.Length >= 2 && char.IsUpper(seg[0]) && _gazetteer.Names.Root.Child(seg) is { Values.Length: > 0 } node)
            {
                foreach (var candidate in node.Values)
                {
                    if (candidate.AliasTokens.Length != 1 || candidate.Dependent || candidate.RequiresArticle
                        || candidate.Entry.Attribute("ambiguous") == "yes" || !CaseMatches(candidate.AliasTokens[0], seg))
                    {
                        continue;
                    }

                    var m = NewGazetteerMention(scan, candidate, i, i + 1, date);
                    m.Start = tokenStart + segStart;
                    m.Stop = tokenStart + segEnd;
                    m.Rule = m.Rule.Replace(":", "-part:", StringComparison.Ordinal);
                    found.Add(m);
                    scan.Covered[i] = true;
                    break;
                }
            }

            segStart = segEnd + 1;
        }
    }

    /// <summary>A dependent surname ("Austin", "Miller") stays only when the article names the same entry in
    /// full, or a title stands right before it ("Secretary Austin", "Mr Miller"), or, on a known date when the
    /// person holds an office, it is the subject of a speech verb ("Austin announced").</summary>
    private void ConfirmDependentNames(ArticleScan scan, List<FoundMention> found, DateOnly? date)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in found)
        {
            if (!m.Removed && !m.Dependent && m.Entry is not null && m.Kind == MentionKind.Name)
            {
                named.Add(m.Entry.Id);
            }
        }

        foreach (var m in found)
        {
            if (m.Removed || !m.Dependent)
            {
                continue;
            }

            var speaksInOffice = date is not null && m.Entry!.OfficeOn(date) is not null
                && m.End < scan.SentenceEnd(m.First) && NamePatterns.IsSpeechVerb(scan.Texts[m.End]);
            if (!named.Contains(m.Entry!.Id) && !TitleEndsAt(scan, m.First) && !speaksInOffice)
            {
                m.Removed = true;
                scan.Cover(m, false);
            }
        }
    }

    /// <summary>"Jordan Peterson", "Chad Smith": a given name that is also a place, before an unknown
    /// capitalised word, is the start of a person's name.</summary>
    private void PreferPersonsOverGivenNamePlaces(ArticleScan scan, List<FoundMention> found)
    {
        foreach (var m in found)
        {
            if (m.Removed || m.Type == EntityType.Person || m.End - m.First != 1 || m.Kind != MentionKind.Name
                || !_gazetteer.GivenNames.ContainsKey(scan.Texts[m.First]))
            {
                continue;
            }

            var next = m.End;
            if (next < scan.SentenceEnd(m.First) && !scan.Covered[next] && scan.IsNameWord(next)
                && _gazetteer.Titles.LongestMatch(scan.Texts, next, next + 1, out _) == 0 && !NamePatterns.IsStopWord(scan.Texts[next]))
            {
                m.Removed = true;
                scan.Cover(m, false);
            }
        }
    }

    internal bool TitleEndsAt(ArticleScan scan, int i)
    {
        var sentenceStart = scan.SentenceStart(i);
        for (var k = i - 1; k >= Math.Max(sentenceStart, i - 6); k--)
        {
            if (k + _gazetteer.Titles.LongestMatch(scan.Texts, k, i, out _) == i)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return true;
    }
}
