using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Text;

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens with spans into that text. One
/// left-to-right pass over the characters, no regular expressions. Conventions:
/// <list type="bullet">
/// <item>Abbreviations with inner periods stay whole ("U.S.", "a.m."), and so do known
/// abbreviations with their period ("Sen.", "Sept.") and party-state tags ("R-Miss.").</item>
/// <item>Hyphenated words and model names stay whole ("long-range", "F-16", "MiG-29", "T-72B"),
/// but a hyphen after an abbreviation's period splits ("U.S.-made" is "U.S.", "-", "made").</item>
/// <item>The possessive splits off ("Biden's" is "Biden", "'s"); other apostrophes stay inside
/// ("don't", "O'Brien").</item>
/// <item>Numbers keep their separators ("1,100", "3.5", "2024-11-17", "9/11").</item>
/// </list>
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200b' || c == '\u00ad')
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                end = ScanNumberOrWord(text, i, out kind);
            }
            else if (char.IsLetter(c))
            {
                end = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
            {
                end = i + 3;
                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                end = i + 2;
                while (end < text.Length && text[end] == '-')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
            }
            else if ((c == '\'' || c == '\u2019') && IsPossessiveAt(text, i))
            {
                end = i + 2;
                kind = TokenKind.Word;
            }
            else
            {
                end = i + (char.IsSurrogatePair(text, i) ? 2 : 1);
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            tokens.Add(new Token(new TextSpan(i, end), text[i..end], kind));
            i = end;
        }

        return tokens;
    }

    private static int ScanNumberOrWord(string text, int start, out TokenKind kind)
    {
        var i = start;
        var sawLetter = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                // "10th", "3D", "155mm", "1970s": one word.
                sawLetter = true;
                i++;
            }
            else if ((c is ',' or '.' or ':' or '/' or '-') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && !sawLetter)
            {
                i += 2;
            }
            else if (c == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "2-for-1", "155-mm", "30-year-old": a hyphenated word.
                var end = ScanWord(text, i + 1);
                kind = TokenKind.Word;
                return end;
            }
            else
            {
                break;
            }
        }

        kind = sawLetter ? TokenKind.Word : TokenKind.Number;
        return i;
    }

    private static int ScanWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }

            if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && IsDottedAbbreviation(text, start, i))
            {
                // "U.S", "a.m": keep going, the period belongs to the abbreviation.
                i++;
                continue;
            }

            if (c is '-' or '\u2011' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessiveAt(text, i))
            {
                i++;
                continue;
            }

            break;
        }

        // A final period belongs to the word when the word is an abbreviation.
        if (i < text.Length && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            if (word.Contains('.') || IsKnownAbbreviation(word) || IsPartyStateTag(word) || IsMiddleInitial(text, start, i))
            {
                return i + 1;
            }
        }

        return i;
    }

    /// <summary>True when the letters before a period are single letters separated by periods ("U.S", "a.m").</summary>
    private static bool IsDottedAbbreviation(string text, int start, int period)
    {
        // The segment just before the period must be one or two letters ("U", "St" in "St.Petersburg" is not allowed: one letter only).
        var segStart = period - 1;
        while (segStart > start && text[segStart - 1] is not '.' and not '-')
        {
            segStart--;
        }

        return period - segStart == 1 && (period + 2 >= text.Length || !char.IsLetter(text[period + 2]) || text[period + 2] == '.');
    }

    private static bool IsKnownAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= 6 && (Abbreviations.NeverFinal.Contains(word.ToString()) || Abbreviations.Ambiguous.Contains(word.ToString()));

    /// <summary>A capital letter with its period inside a name ("Vann R. Newkirk", "Paul D. Ryan"):
    /// the letter follows a capitalised word and a capitalised word follows it.</summary>
    private static bool IsMiddleInitial(string text, int start, int period)
    {
        if (period - start != 1 || !char.IsUpper(text[start]) || period + 2 >= text.Length || text[period + 1] != ' ' || !char.IsUpper(text[period + 2]))
        {
            return false;
        }

        var before = start - 1;
        if (before < 1 || text[before] != ' ')
        {
            return false;
        }

        var wordStart = before;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return before - wordStart >= 2 && char.IsUpper(text[wordStart]);
    }

    /// <summary>"R-Miss", "D-Calif": party letter, hyphen, state abbreviation.</summary>
    private static bool IsPartyStateTag(ReadOnlySpan<char> word) =>
        word.Length is >= 4 and <= 8 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    private static bool IsPossessiveAt(string text, int i) =>
        i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
}
