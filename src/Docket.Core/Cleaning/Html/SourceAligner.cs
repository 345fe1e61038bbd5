using AngleSharp.Dom;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// <c>DataLength</c> decoded characters of a text node, from <c>DataStart</c> in its data,
/// were read from <c>SourceLength</c> source characters at <c>SourceStart</c>. Equal lengths
/// mean a character-for-character copy; otherwise the piece is one character reference or a
/// normalised line break.
/// </summary>
internal readonly record struct TextPiece(int DataStart, int DataLength, int SourceStart, int SourceLength)
{
    public bool IsExact => DataLength == SourceLength;
}

/// <summary>
/// Finds where each text node of a parsed page came from in the page source. AngleSharp keeps
/// source positions for elements only, so the aligner keeps a cursor that moves through the
/// source in document order: an element's recorded position moves it to the element's start
/// tag, and each text node is then matched against the source from the cursor on, skipping
/// markup, decoding character references and normalised line breaks as it goes. A text node
/// that cannot be matched (the parser moved it, as it does with text inside tables) is left
/// unaligned and never reaches the body, so every offset the extractor hands out is exact.
/// One instance serves one page; not thread-safe.
/// </summary>
internal sealed class SourceAligner
{
    private const int ResyncWindow = 8192;
    private readonly string _source;
    private readonly List<TextPiece> _pieces;
    private int _cursor;

    public SourceAligner(string source, List<TextPiece> pieces)
    {
        _source = source;
        _pieces = pieces;
    }

    /// <summary>Text nodes with visible text that could not be found in the source
    /// (whitespace-only nodes that cannot be placed are not counted: they change nothing).</summary>
    public int Unaligned { get; private set; }

    /// <summary>Moves the cursor past the start tag of <paramref name="element"/> when the
    /// parser recorded where it is (elements the parser made up have no position).</summary>
    public void OnElement(IElement element)
    {
        var reference = element.SourceReference;
        if (reference is null)
        {
            return;
        }

        // AngleSharp records the position just after the '<' of the start tag.
        var tagStart = reference.Position.Position - 1;
        if (tagStart < _cursor || tagStart >= _source.Length || _source[tagStart] != '<')
        {
            return;
        }

        _cursor = SkipTag(_source, tagStart);
    }

    /// <summary>
    /// Aligns one text node's data with the source. <paramref name="decodes"/> is false inside
    /// raw-text elements (script, style), where '&amp;' is literal. Returns false (and adds no
    /// pieces) when the text cannot be found.
    /// </summary>
    public bool Align(string data, bool decodes, out int firstPiece, out int pieceCount)
    {
        firstPiece = _pieces.Count;
        pieceCount = 0;
        if (data.Length == 0)
        {
            return true;
        }

        // Raw text (a script, a template) starts right after its start tag, and may itself
        // begin with something that looks like markup ("<!--", "<div").
        var end = decodes ? -1 : Match(data, _cursor, decodes);
        var start = end >= 0 ? _cursor : SkipMarkup(_cursor);
        if (end < 0)
        {
            end = Match(data, start, decodes);
        }

        if (end < 0 && !IsWhiteSpace(data))
        {
            // The parser sometimes moves text (foster parenting, reopened formatting elements):
            // look a little further on for a place where the whole text matches.
            var limit = Math.Min(_source.Length, start + ResyncWindow);
            var first = data[0];
            for (var p = start + 1; p < limit && end < 0; p++)
            {
                var c = _source[p];
                if (c == first || c == '&' || c == '\r')
                {
                    end = Match(data, p, decodes);
                }
            }
        }

        if (end < 0)
        {
            if (!IsWhiteSpace(data))
            {
                Unaligned++;
            }

            return false;
        }

        _cursor = end;
        pieceCount = _pieces.Count - firstPiece;
        return true;
    }

    // Matches data against the source from 'at'; on success appends pieces and returns the
    // source position after the text, on failure removes what it appended and returns -1.
    private int Match(string data, int at, bool decodes)
    {
        if (at + data.Length <= _source.Length && _source.AsSpan(at, data.Length).SequenceEqual(data))
        {
            // Most text (and every script) is copied verbatim: one vectorised comparison.
            _pieces.Add(new TextPiece(0, data.Length, at, data.Length));
            return at + data.Length;
        }

        var mark = _pieces.Count;
        var source = _source;
        var q = at;
        var i = 0;
        var runData = 0;
        var runSource = at;
        var runLength = 0;
        while (i < data.Length)
        {
            if (q >= source.Length)
            {
                return Fail(mark);
            }

            var c = source[q];
            var d = data[i];
            if (c == '&' && decodes && CharacterReference.TryRead(source, q, out var decoded, out var length)
                && data.AsSpan(i).StartsWith(decoded, StringComparison.Ordinal))
            {
                Flush(ref runLength, runData, runSource);
                _pieces.Add(new TextPiece(i, decoded.Length, q, length));
                i += decoded.Length;
                q += length;
                continue;
            }

            if (c == d)
            {
                if (runLength == 0)
                {
                    runData = i;
                    runSource = q;
                }

                runLength++;
                i++;
                q++;
                continue;
            }

            if (c == '\r' && d == '\n')
            {
                // The tokenizer turns CR LF and a lone CR into LF.
                Flush(ref runLength, runData, runSource);
                var length2 = q + 1 < source.Length && source[q + 1] == '\n' ? 2 : 1;
                _pieces.Add(new TextPiece(i, 1, q, length2));
                i++;
                q += length2;
                continue;
            }

            if (c == '\0')
            {
                Flush(ref runLength, runData, runSource);
                if (d == '\uFFFD')
                {
                    _pieces.Add(new TextPiece(i, 1, q, 1));
                    i++;
                }

                q++;
                continue;
            }

            if (c == '<' && i > 0 && decodes && StartsMarkup(source, q))
            {
                // Text the parser merged across an ignored tag ("a</x>b" gives one node "ab").
                Flush(ref runLength, runData, runSource);
                q = SkipMarkup(q);
                continue;
            }

            if (i == 0 && (c == '\n' || c == '\r'))
            {
                // The newline right after <pre> or <textarea> is dropped by the parser.
                q++;
                continue;
            }

            return Fail(mark);
        }

        Flush(ref runLength, runData, runSource);
        return q;
    }

    private void Flush(ref int runLength, int runData, int runSource)
    {
        if (runLength > 0)
        {
            _pieces.Add(new TextPiece(runData, runLength, runSource, runLength));
            runLength = 0;
        }
    }

    private int Fail(int mark)
    {
        _pieces.RemoveRange(mark, _pieces.Count - mark);
        return -1;
    }

    private int SkipMarkup(int at)
    {
        var q = at;
        while (q < _source.Length && _source[q] == '<' && StartsMarkup(_source, q))
        {
            q = SkipTag(_source, q);
        }

        return q;
    }

    private static bool IsWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the '&lt;' at <paramref name="at"/> opens a tag, an end tag, a
    /// comment or a declaration rather than being a literal character of text.</summary>
    internal static bool StartsMarkup(string source, int at)
    {
        if (at + 1 >= source.Length)
        {
            return false;
        }

        var next = source[at + 1];
        return char.IsAsciiLetter(next) || next == '!' || next == '?'
            || (next == '/' && at + 2 < source.Length && (char.IsAsciiLetter(source[at + 2]) || source[at + 2] == '>'));
    }

    /// <summary>Position after the markup construct (tag, end tag, comment, declaration) that
    /// starts at <paramref name="at"/>; the end of the source when it is not closed.</summary>
    internal static int SkipTag(string source, int at)
    {
        var n = source.Length;
        if (at + 1 >= n)
        {
            return n;
        }

        var next = source[at + 1];
        if (next == '!')
        {
            if (string.CompareOrdinal(source, at, "<!--", 0, 4) == 0)
            {
                if (at + 4 < n && source[at + 4] == '>')
                {
                    return at + 5;
                }

                if (at + 5 < n && source[at + 4] == '-' && source[at + 5] == '>')
                {
                    return at + 6;
                }

                var close = source.IndexOf("-->", at + 4, StringComparison.Ordinal);
                return close < 0 ? n : close + 3;
            }

            var gt = source.IndexOf('>', at + 2);
            return gt < 0 ? n : gt + 1;
        }

        if (next is '?' or '/')
        {
            var gt = source.IndexOf('>', at + 2);
            return gt < 0 ? n : gt + 1;
        }

        // A start tag: its name, then attributes whose quoted values may hold '>'.
        var i = at + 1;
        while (i < n && !IsTagSpace(source[i]) && source[i] != '>' && source[i] != '/')
        {
            i++;
        }

        while (i < n)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (IsTagSpace(c) || c == '/')
            {
                i++;
                continue;
            }

            // Attribute name (its first character may be '=').
            i++;
            while (i < n && !IsTagSpace(source[i]) && source[i] is not '>' and not '/' and not '=')
            {
                i++;
            }

            while (i < n && IsTagSpace(source[i]))
            {
                i++;
            }

            if (i < n && source[i] == '=')
            {
                i++;
                while (i < n && IsTagSpace(source[i]))
                {
                    i++;
                }

                if (i < n && source[i] is '"' or '\'')
                {
                    var close = source.IndexOf(source[i], i + 1);
                    i = close < 0 ? n : close + 1;
                }
                else
                {
                    while (i < n && !IsTagSpace(source[i]) && source[i] != '>')
                    {
                        i++;
                    }
                }
            }
        }

        return n;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
