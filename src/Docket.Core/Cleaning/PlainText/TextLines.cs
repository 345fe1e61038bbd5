namespace Docket.Core.Cleaning.PlainText;

/// <summary>One line of a text: <see cref="Start"/>..<see cref="End"/> without its line break,
/// and the extent of its content without surrounding white space.</summary>
internal readonly record struct TextLine(int Index, int Start, int End, int ContentStart, int ContentEnd)
{
    public bool IsBlank => ContentStart >= ContentEnd;

    public int ContentLength => ContentEnd - ContentStart;

    public string Content(string text) => text[ContentStart..ContentEnd];
}

/// <summary>Splits a text into lines at \n, \r\n and \r, keeping absolute offsets.</summary>
internal static class TextLines
{
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(Make(text, lines.Count, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private static TextLine Make(string text, int index, int start, int end)
    {
        var cs = start;
        while (cs < end && IsSpace(text[cs]))
        {
            cs++;
        }

        var ce = end;
        while (ce > cs && IsSpace(text[ce - 1]))
        {
            ce--;
        }

        return new TextLine(index, start, end, cs, ce);
    }

    /// <summary>White space, including the no-break and zero-width kinds scraped text carries.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD';
}
