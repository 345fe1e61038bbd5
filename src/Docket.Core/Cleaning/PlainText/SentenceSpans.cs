namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// A light sentence splitter for finding boilerplate inside long lines: a sentence ends at
/// '.', '?' or '!' (with closing quotes or brackets) followed by white space and a capital, a
/// digit or an opening quote. Good enough to isolate captions; the analysis stages have their
/// own, careful segmenter.
/// </summary>
internal static class SentenceSpans
{
    /// <summary>Sentence extents (start, end) within text[from..to], trimmed.</summary>
    public static List<(int Start, int End)> Split(string text, int from, int to)
    {
        var result = new List<(int, int)>();
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (text[i] is not ('.' or '?' or '!') || (text[i] == '.' && EndsAbbreviation(text, from, i)))
            {
                continue;
            }

            var end = i + 1;
            while (end < to && text[end] is '"' or '”' or '’' or '\'' or ')' or ']')
            {
                end++;
            }

            var next = end;
            while (next < to && TextLines.IsSpace(text[next]))
            {
                next++;
            }

            if (next == end || next >= to)
            {
                continue;
            }

            // Scraped pages leave debris between sentences (", '' ", " : ", "* * *" where an image
            // was): look past a few such characters for the next sentence's capital.
            var look = next;
            while (look < to && look - next < 8 && (IsDebris(text[look]) || TextLines.IsSpace(text[look])))
            {
                look++;
            }

            var c = look < to ? text[look] : ' ';
            if (char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[')
            {
                result.Add((start, end));
                start = next;
                i = next - 1;
            }
        }

        var last = to;
        while (last > start && TextLines.IsSpace(text[last - 1]))
        {
            last--;
        }

        if (last > start)
        {
            result.Add((start, last));
        }

        return result;
    }

    private static bool IsDebris(char c) => c is ',' or ':' or ';' or '\'' or '‘' or '’' or '"' or '”' or '-' or '–' or '—' or '*' or '$' or '|' or '_';

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep",
        "Gov", "Pres", "St", "Rev", "Jr", "Sr", "No", "Nos", "vs", "Vol", "Fig", "Ft",
    };

    /// <summary>True when the '.' at <paramref name="dot"/> ends an abbreviation ("Aug.", "Gen.")
    /// or an initial ("J." in "John F. Kennedy", the "S." of "U.S.").</summary>
    private static bool EndsAbbreviation(string text, int from, int dot)
    {
        var start = dot;
        while (start > from && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
