using System.Text;
using Docket.Domain.Text;

namespace Docket.Core.Cleaning.Unicode;

/// <summary>Options of Unicode clean-up.</summary>
public sealed record UnicodeCleanupOptions
{
    /// <summary>Collapse runs of spaces (after exotic spaces became plain ones) into one (on by default).</summary>
    public bool CollapseSpaces { get; init; } = true;
}

/// <summary>
/// Cleans the characters of a text without touching its letters, digits, punctuation or quotes
/// (the gold keeps ’ and “”): no-break and other exotic spaces and tabs become a plain space;
/// zero-width characters, soft hyphens, bidirectional marks, byte-order marks and control
/// characters are removed; CRLF and lone CR become LF (as do the Unicode line and paragraph
/// separators); runs of spaces collapse to one. Returns the clean text and a map from it onto
/// the input, so spans found in the clean text still point into the original.
/// </summary>
public static class UnicodeNormalizer
{
    public static (string Text, SourceMap Map) Normalize(string input, UnicodeCleanupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var collapse = (options ?? new UnicodeCleanupOptions()).CollapseSpaces;
        var sb = new StringBuilder(input.Length);
        var map = new SourceMap.Builder();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '\r')
            {
                var len = i + 1 < input.Length && input[i + 1] == '\n' ? 2 : 1;
                sb.Append('\n');
                map.AppendReplaced(1, i, len);
                i += len;
                continue;
            }

            if (IsRemoved(c))
            {
                i++;
                continue;
            }

            if (IsSpace(c))
            {
                if (!collapse)
                {
                    sb.Append(' ');
                    map.AppendReplaced(1, i, 1);
                    i++;
                    continue;
                }

                // One space for the whole run, removed characters inside the run included.
                var end = i + 1;
                while (end < input.Length && (IsSpace(input[end]) || IsRemoved(input[end])))
                {
                    end++;
                }

                sb.Append(' ');
                if (end - i == 1 && c == ' ')
                {
                    map.AppendExact(i, 1);
                }
                else
                {
                    map.AppendReplaced(1, i, end - i);
                }

                i = end;
                continue;
            }

            if (c is '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append('\n');
                map.AppendReplaced(1, i, 1);
                i++;
                continue;
            }

            // Keep the character; copy the longest run of kept characters at once.
            var runEnd = i + 1;
            while (runEnd < input.Length && IsPlain(input[runEnd]))
            {
                runEnd++;
            }

            sb.Append(input, i, runEnd - i);
            map.AppendExact(i, runEnd - i);
            i = runEnd;
        }

        return (sb.ToString(), map.Build());
    }

    /// <summary>Characters that become a plain space: tab, no-break, figure, thin, hair,
    /// ideographic and the other Unicode space separators.</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' || (c != '\u200B' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

    /// <summary>Characters that are dropped: zero-width characters, soft hyphen, word joiner,
    /// byte-order mark, bidirectional marks and controls, the Mongolian vowel separator, and
    /// control characters other than line breaks (NEL becomes one).</summary>
    public static bool IsRemoved(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
            or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or '\u2061' or '\u2062' or '\u2063' or '\u2064'
        || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\v' or '\f' or '\u0085'));

    private static bool IsPlain(char c) =>
        c != '\r' && !IsSpace(c) && !IsRemoved(c) && c is not ('\u2028' or '\u2029' or '\u0085');
}
