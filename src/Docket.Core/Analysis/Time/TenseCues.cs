namespace Docket.Core.Analysis.Time;

/// <summary>Whether the clause around an expression speaks of the past or the future.</summary>
internal enum TemporalDirection
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Reads the tense of the clause around a time expression from the nearest verb cue, so that
/// "said Sunday" resolves to the Sunday before publication and "will meet Sunday" to the one
/// after. Cues are looked for within the sentence, at most <see cref="MaxWords"/> words away;
/// the nearer cue wins and the left one wins a tie (in news the verb usually precedes the date).
/// </summary>
internal static class TenseCues
{
    private const int MaxWords = 12;
    private const int MaxChars = 160;

    private static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "shall", "won't", "wo", "would", "gonna", "expected", "expects", "expect", "scheduled", "slated",
        "plans", "plan", "planning", "due", "upcoming", "intends", "aims", "hopes", "prepare", "prepares",
        "preparing", "next", "tomorrow", "postponed", "delayed", "deadline", "coming", "must", "should", "might", "soon",
    };

    private static readonly HashSet<string> Past = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't", "said", "says", "told", "tells", "met",
        "began", "begun", "took", "made", "went", "came", "gave", "held", "left", "led", "sent", "spoke", "saw", "won",
        "lost", "fled", "fell", "rose", "struck", "shot", "ran", "wrote", "brought",
        "bought", "sold", "paid", "found", "got", "felt", "kept", "thought", "knew", "became", "broke", "chose", "drove",
        "flew", "grew", "heard", "hid", "lay", "meant", "read", "sat", "sought", "spent", "stood", "swore", "taught",
        "threw", "understood", "wore", "withdrew", "overtook", "arose", "forbade", "ago", "yesterday", "last", "earlier",
        "announces", "reports", "confirms", "admits", "denies", "died", "killed", "ended", "signed",
    };

    // Adjectives and nouns that end in -ed but are no past-tense cue.
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "indeed", "united", "proceed",
        "exceed", "succeed", "breed", "freed", "greed", "weed", "naked", "wicked", "sacred", "based", "related",
        "armed", "advanced", "limited", "concerned", "interested", "alleged", "reported", "so-called", "detailed",
        "expected", "scheduled", "planned", "slated", "proposed", "unprecedented", "embattled", "used", "red",
    };

    private static readonly HashSet<string> Passive = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am", "to",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "jan", "feb",
        "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "no", "vs", "jr", "sr", "inc", "corp", "co",
    };

    // Words after "to" that show it is a preposition, not the mark of an infinitive ("went to the").
    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "be",
        "date", "power", "office", "court", "trial", "death", "war", "justice", "prison", "jail", "school", "work", "home",
        "some", "all", "more", "about", "around", "nearly", "at", "as", "and", "or", "other", "each", "every", "no", "last",
    };

    /// <summary>The tense of the clause around <c>text[start..end)</c>.</summary>
    public static TemporalDirection Around(string text, int start, int end)
    {
        // "as soon as Tuesday", "as early as next week": a bound in the future.
        var head = text.AsSpan(Math.Max(0, start - 16), start - Math.Max(0, start - 16)).TrimEnd();
        if (head.EndsWith("soon as", StringComparison.OrdinalIgnoreCase) || head.EndsWith("early as", StringComparison.OrdinalIgnoreCase))
        {
            return TemporalDirection.Future;
        }

        var left = Scan(text, start, -1);
        var right = Scan(text, end, +1);
        if (left.Direction == TemporalDirection.Unknown)
        {
            return right.Direction;
        }

        if (right.Direction == TemporalDirection.Unknown)
        {
            return left.Direction;
        }

        return right.Distance < left.Distance ? right.Direction : left.Direction;
    }

    private static (TemporalDirection Direction, int Distance) Scan(string text, int from, int step)
    {
        var words = 0;
        var i = from;
        var limit = step < 0 ? Math.Max(0, from - MaxChars) : Math.Min(text.Length, from + MaxChars);
        while (words < MaxWords)
        {
            // Skip to the next word, stopping at a sentence boundary.
            while (step < 0 ? i > limit : i < limit)
            {
                var c = step < 0 ? text[i - 1] : text[i];
                if (char.IsLetter(c) || c == '\'')
                {
                    break;
                }

                if (c == '\n' || IsSentenceEnd(text, step < 0 ? i - 1 : i))
                {
                    return (TemporalDirection.Unknown, 0);
                }

                i += step;
            }

            if (step < 0 ? i <= limit : i >= limit)
            {
                break;
            }

            var wordEnd = i;
            while ((step < 0 ? i > limit : i < limit) && IsWordChar(step < 0 ? text[i - 1] : text[i]))
            {
                i += step;
            }

            var word = step < 0 ? text[i..wordEnd] : text[wordEnd..i];
            words++;
            var cue = Classify(text, step < 0 ? i : wordEnd, word);

            // An infinitive marks what lies ahead only when it governs the expression: "set to resume Monday",
            // not "agreed in June to buy" nor an infinitive several words back.
            if (cue == TemporalDirection.Future && word.Equals("to", StringComparison.OrdinalIgnoreCase) && (step > 0 || words > 3))
            {
                cue = TemporalDirection.Unknown;
            }
            if (cue != TemporalDirection.Unknown)
            {
                return (cue, words);
            }
        }

        return (TemporalDirection.Unknown, 0);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '-';

    private static TemporalDirection Classify(string text, int wordStart, string word)
    {
        if (word.Length < 2 || (word.Length == 2 && !word.Equals("to", StringComparison.OrdinalIgnoreCase)))
        {
            return TemporalDirection.Unknown;
        }

        if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
        {
            return TemporalDirection.Future;
        }

        if (Future.Contains(word))
        {
            return TemporalDirection.Future;
        }

        if (Past.Contains(word))
        {
            return TemporalDirection.Past;
        }

        // "to" before a verb marks an infinitive: what is agreed, planned or set "to" happen is ahead ("set to resume Monday").
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            var next = NextWord(text, wordStart + word.Length);
            return next.Length > 1 && char.IsLower(next[0]) && !NotVerbs.Contains(next) && !next.EndsWith("ing", StringComparison.Ordinal)
                && !next.EndsWith("ed", StringComparison.Ordinal) && !next.EndsWith('s') ? TemporalDirection.Future : TemporalDirection.Unknown;
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(word)
            && char.IsLower(word[0]))
        {
            // "will be decided", "is expected": a participle after "be" takes the tense of what precedes it.
            var before = PreviousWord(text, wordStart);
            return before is not null && Passive.Contains(before) ? TemporalDirection.Unknown : TemporalDirection.Past;
        }

        return TemporalDirection.Unknown;
    }

    private static string NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static string? PreviousWord(string text, int wordStart)
    {
        var i = wordStart;
        for (var skipped = 0; skipped < 3; skipped++)
        {
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            var end = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (end == i)
            {
                return null;
            }

            // Adverbs stand between "be" and its participle ("will be fully equipped"): look past them.
            var word = text[i..end];
            if (!word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && word is not ("not" or "also" or "already" or "still" or "then"))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>True when text[i] ends a sentence: terminal punctuation followed by a space, not after an abbreviation.</summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?'))
        {
            return false;
        }

        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('"' or '\'' or '”' or '’'))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        var j = i;
        while (j > 0 && (char.IsLetter(text[j - 1]) || text[j - 1] == '.'))
        {
            j--;
        }

        // After a number or a closing bracket the dot ends the sentence; after a single letter it is an initial.
        var word = text.AsSpan(j, i - j);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1)
        {
            return false;
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return !lookup.Contains(word);
    }
}
