using System.Collections.Frozen;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// A quick upper estimate of how deeply a page nests its elements, read from the source
/// before parsing: start tags open a level, end tags close one; void elements and elements
/// whose end tag is optional (p, li, td ...) never open one, and script and style contents
/// are skipped. Browsers stop nesting at 512 levels, and AngleSharp's tree building slows
/// down sharply on thousands of levels, so pages far beyond that are refused before parsing.
/// </summary>
internal static class NestingEstimate
{
    private static readonly FrozenSet<string> NeverOpen = FrozenSet.ToFrozenSet(
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
        "colgroup", "caption", "html", "head", "body", "frame", "keygen", "image",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverOpenLookup = NeverOpen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the estimated depth goes past <paramref name="limit"/>.</summary>
    public static bool Exceeds(string source, int limit)
    {
        var depth = 0;
        var i = source.IndexOf('<');
        while (i >= 0 && i < source.Length - 1)
        {
            var next = source[i + 1];
            if (char.IsAsciiLetter(next))
            {
                var nameEnd = i + 1;
                while (nameEnd < source.Length && char.IsAsciiLetterOrDigit(source[nameEnd]))
                {
                    nameEnd++;
                }

                var name = source.AsSpan(i + 1, nameEnd - i - 1);
                var end = SourceAligner.SkipTag(source, i);
                var selfClosing = end >= 2 && source[end - 2] == '/';
                if (!selfClosing && !NeverOpenLookup.Contains(name))
                {
                    if (++depth > limit)
                    {
                        return true;
                    }
                }

                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    // Skip the raw text up to the closing tag, and the closing tag's level.
                    var close = source.IndexOf("</" + name.ToString(), end, StringComparison.OrdinalIgnoreCase);
                    end = close < 0 ? source.Length : close;
                }

                i = source.IndexOf('<', Math.Min(end, source.Length));
            }
            else if (next == '/' || next == '!' || next == '?')
            {
                if (next == '/' && depth > 0 && i + 2 < source.Length && char.IsAsciiLetter(source[i + 2]))
                {
                    var nameEnd = i + 2;
                    while (nameEnd < source.Length && char.IsAsciiLetterOrDigit(source[nameEnd]))
                    {
                        nameEnd++;
                    }

                    if (!NeverOpenLookup.Contains(source.AsSpan(i + 2, nameEnd - i - 2)))
                    {
                        depth--;
                    }
                }

                var end = SourceAligner.SkipTag(source, i);
                i = end >= source.Length ? -1 : source.IndexOf('<', end);
            }
            else
            {
                i = source.IndexOf('<', i + 1);
            }
        }

        return false;
    }
}
