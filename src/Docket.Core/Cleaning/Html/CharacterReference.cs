using System.Text;
using AngleSharp.Html;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// Reads one HTML character reference (<c>&amp;amp;</c>, <c>&amp;#8217;</c>, <c>&amp;#x2019;</c>,
/// legacy <c>&amp;copy</c> without its semicolon) at a position of the page source, giving the
/// text it stands for and how many source characters it spans. Used to map decoded text back
/// to the source; the caller checks the result against the parser's own decoded text, so a
/// disagreement costs a fallback, never a wrong offset.
/// </summary>
internal static class CharacterReference
{
    private const int LongestName = 40;

    // Numeric references to C1 controls mean the Windows-1252 character (HTML's parsing rules).
    private static readonly char[] Windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Reads the reference starting at <paramref name="at"/> (which holds '&amp;').</summary>
    public static bool TryRead(string source, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        if (at + 1 >= source.Length || source[at] != '&')
        {
            return false;
        }

        return source[at + 1] == '#' ? TryReadNumeric(source, at, out decoded, out length) : TryReadNamed(source, at, out decoded, out length);
    }

    private static bool TryReadNumeric(string source, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var i = at + 2;
        var hex = i < source.Length && (source[i] == 'x' || source[i] == 'X');
        if (hex)
        {
            i++;
        }

        var digitsStart = i;
        long value = 0;
        while (i < source.Length)
        {
            var c = source[i];
            int digit;
            if (char.IsAsciiDigit(c))
            {
                digit = c - '0';
            }
            else if (hex && char.IsAsciiHexDigit(c))
            {
                digit = (c | 0x20) - 'a' + 10;
            }
            else
            {
                break;
            }

            // Saturate: anything past U+10FFFF becomes U+FFFD anyway.
            value = Math.Min(0x110000, (value * (hex ? 16 : 10)) + digit);
            i++;
        }

        if (i == digitsStart)
        {
            return false;
        }

        if (i < source.Length && source[i] == ';')
        {
            i++;
        }

        length = i - at;
        decoded = FromCodePoint(value);
        return true;
    }

    private static string FromCodePoint(long value)
    {
        if (value == 0 || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            return "\uFFFD";
        }

        if (value is >= 0x80 and <= 0x9F)
        {
            return Windows1252[value - 0x80].ToString();
        }

        return char.ConvertFromUtf32((int)value);
    }

    private static bool TryReadNamed(string source, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var i = at + 1;
        var limit = Math.Min(source.Length, at + 1 + LongestName);
        while (i < limit && char.IsAsciiLetterOrDigit(source[i]))
        {
            i++;
        }

        var nameLength = i - at - 1;
        if (nameLength == 0)
        {
            return false;
        }

        var resolver = HtmlEntityProvider.Resolver;
        if (i < source.Length && source[i] == ';')
        {
            var symbol = resolver.GetSymbol(new StringBuilder(nameLength + 1).Append(source, at + 1, nameLength).Append(';').ToString());
            if (symbol is not null)
            {
                decoded = symbol;
                length = nameLength + 2;
                return true;
            }
        }

        // Legacy references without a semicolon match their longest known prefix ("&copy2020").
        for (var n = nameLength; n >= 2; n--)
        {
            var symbol = resolver.GetSymbol(source.Substring(at + 1, n));
            if (symbol is not null)
            {
                decoded = symbol;
                length = n + 1;
                return true;
            }
        }

        return false;
    }
}
