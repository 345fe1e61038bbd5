using System.Net;
using System.Text;

namespace Docket.Core.Cleaning.Html;

/// <summary>
/// The article text a page declares about itself (JSON-LD <c>articleBody</c>), reduced to
/// lower-case words so that a block of the page can be looked up in it whatever the
/// punctuation, markup or entities. Declared texts are sometimes a teaser or cut short, so the
/// extractor treats a match as strong evidence for a block and no match as no evidence.
/// </summary>
internal sealed class DeclaredText
{
    private const int MinimumWords = 30;
    private const int ProbeWords = 12;
    private readonly string _words;

    private DeclaredText(string words)
    {
        _words = words;
    }

    /// <summary>Null when there is no declared text or it is too short to be a body.</summary>
    public static DeclaredText? From(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var decoded = declared.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(declared) : declared;
        var words = Normalize(decoded, int.MaxValue);
        return CountSpaces(words) + 1 >= MinimumWords ? new DeclaredText(" " + words + " ") : null;
    }

    /// <summary>True when the block's opening words (up to twelve, at least three) appear in
    /// the declared text.</summary>
    public bool Contains(TextBlock block)
    {
        var probe = Normalize(block.Text, ProbeWords);
        return CountSpaces(probe) >= 2 && _words.Contains(" " + probe + " ", StringComparison.Ordinal);
    }

    private static string Normalize(string text, int maxWords)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    if (words == maxWords)
                    {
                        break;
                    }

                    if (sb.Length > 0)
                    {
                        sb.Append(' ');
                    }

                    words++;
                    inWord = true;
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                inWord = false;
            }
        }

        return sb.ToString();
    }

    private static int CountSpaces(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (c == ' ')
            {
                n++;
            }
        }

        return n;
    }
}
