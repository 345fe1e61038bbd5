using System.Text;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// Folds name text for comparison: lower case, Latin diacritics removed ("Błaszczak" = "blaszczak",
/// "Düsseldorf" = "dusseldorf"), typographic apostrophes and dashes made plain. A char-by-char table, so
/// comparing a token with a gazetteer key allocates nothing (the hot path of <see cref="EntityRecognizer"/>).
/// </summary>
internal static class NameFolding
{
    /// <summary>One folded char.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02bc' or '\u02bb' or '`' or '\u00b4' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
            '\u0142' or '\u0141' => 'l',
            '\u00f8' or '\u00d8' => 'o',
            '\u0111' or '\u0110' or '\u00f0' or '\u00d0' => 'd',
            '\u00df' => 's',
            '\u0131' => 'i',
            _ => FoldLetter(c),
        };
    }

    /// <summary>Folded text of a whole string (used when building tables, never per token).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The key under which names are compared for scoring: folded, a leading "the" dropped, periods and
    /// apostrophes removed, hyphens and runs of spaces made one space ("The U.S. Air Force" and "US Air Force"
    /// give "us air force").
    /// </summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name)
        {
            var c = Fold(raw);
            if (c is '.' or '\'')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\u2014' or '/' or ',')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static char FoldLetter(char c)
    {
        // Latin-1 and Latin Extended-A letters with diacritics fold to their base letter; others stay (lower-cased).
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            >= '\u00e0' and <= '\u00e5' => 'a',
            '\u00e7' => 'c',
            >= '\u00e8' and <= '\u00eb' => 'e',
            >= '\u00ec' and <= '\u00ef' => 'i',
            '\u00f1' => 'n',
            >= '\u00f2' and <= '\u00f6' => 'o',
            >= '\u00f9' and <= '\u00fc' => 'u',
            '\u00fd' or '\u00ff' => 'y',
            >= '\u0100' and <= '\u017f' => FoldExtendedA(lower),
            _ => lower,
        };
    }

    private static char FoldExtendedA(char c) => c switch
    {
        <= '\u0105' => 'a',
        <= '\u010d' => 'c',
        <= '\u0111' => 'd',
        <= '\u011b' => 'e',
        <= '\u0123' => 'g',
        <= '\u0127' => 'h',
        <= '\u0131' => 'i',
        <= '\u0133' => 'i',
        '\u0135' or '\u0134' => 'j',
        <= '\u0138' => 'k',
        <= '\u0142' => 'l',
        <= '\u014b' => 'n',
        <= '\u0153' => 'o',
        <= '\u0159' => 'r',
        <= '\u0161' => 's',
        <= '\u0167' => 't',
        <= '\u0173' => 'u',
        <= '\u0175' => 'w',
        <= '\u0178' => 'y',
        _ => 'z',
    };
}

/// <summary>
/// Compares strings (or spans) after <see cref="NameFolding.Fold(char)"/>: the comparer of every gazetteer
/// table, with span lookups so a part of a token ("U.S." in "U.S.-made") is looked up without a substring.
/// </summary>
internal sealed class FoldedComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static FoldedComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && Equals(x.AsSpan(), y));

    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return GetHashCode(obj.AsSpan());
    }

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (alternate.Length != other.Length)
        {
            return false;
        }

        for (var i = 0; i < alternate.Length; i++)
        {
            if (NameFolding.Fold(alternate[i]) != NameFolding.Fold(other[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        // FNV-1a over folded chars: cheap, allocation-free, stable.
        var h = 2166136261u;
        foreach (var c in alternate)
        {
            h = (h ^ NameFolding.Fold(c)) * 16777619u;
        }

        return (int)h;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();
}
