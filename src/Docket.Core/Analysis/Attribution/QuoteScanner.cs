using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// Pairs quotation marks over a whole document. Double quotes (curly or straight) quote speech;
/// single quotes count only outside a double quote (headlines quote with them) and only as curly
/// marks or as straight marks that touch a word on the inside. A quote never crosses a paragraph:
/// one still open at a line break that is followed by a paragraph opening with a quotation mark
/// ends there and is linked to that paragraph's quote (the convention for multi-paragraph quotes);
/// one still open at a blank line ends there unlinked. Unpaired closing marks are ignored.
/// </summary>
internal static class QuoteScanner
{
    public static List<Quotation> Scan(string text, IReadOnlyList<Token> tokens, bool[] paragraphStart)
    {
        var quotes = new List<Quotation>();
        var open = -1;
        var single = false;
        var continues = -1; // the unclosed quote that the quote opening this paragraph continues
        var curlyParagraph = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (paragraphStart[i])
            {
                curlyParagraph = HasCurlyDoubleQuote(tokens, paragraphStart, i);
                continues = -1;
                if (open >= 0)
                {
                    quotes.Add(new Quotation(open, i - 1, Closed: false));
                    if (IsDoubleOpener(tokens[i].Text) || (single && IsSingleOpener(text, tokens, i)))
                    {
                        continues = quotes.Count - 1;
                    }

                    open = -1;
                }
            }

            var t = tokens[i].Text;
            if (t.Length != 1)
            {
                continue;
            }

            var c = t[0];
            if (c == '\'' && IsDoubledApostrophe(text, tokens, i))
            {
                // '' written for a double quote (as some archives do): the pair is one mark; Open and Close name its outer token.
                if (open < 0)
                {
                    open = i;
                    single = false;
                    i++;
                    continue;
                }

                if (!single)
                {
                    Add(quotes, new Quotation(open, i + 1, Closed: true), ref continues);
                    open = -1;
                    i++;
                    continue;
                }
            }

            if (c == '"' && curlyParagraph && !paragraphStart[i])
            {
                // A stray straight quote in a paragraph quoted with curly marks is a typo, not a quote.
                continue;
            }
            if (open < 0)
            {
                if (c is '\u201c' or '"' || (c == '\u201d' && StartsQuoteAnyway(text, tokens, i)))
                {
                    open = i;
                    single = false;
                }
                else if (IsSingleOpener(text, tokens, i))
                {
                    open = i;
                    single = true;
                }
            }
            else if ((!single && c is '\u201d' or '"') || (single && IsSingleCloser(text, tokens, i)))
            {
                Add(quotes, new Quotation(open, i, Closed: true), ref continues);
                open = -1;
            }
            else if (!single && c == '\u201c')
            {
                // A new opening mark while one is open: the writer forgot to close the first.
                Add(quotes, new Quotation(open, i - 1, Closed: false), ref continues);
                open = i;
            }
        }

        if (open >= 0)
        {
            Add(quotes, new Quotation(open, tokens.Count - 1, Closed: false), ref continues);
        }

        return quotes;
    }

    private static void Add(List<Quotation> quotes, Quotation q, ref int continues)
    {
        if (continues >= 0)
        {
            quotes[continues].Next = quotes.Count;
            q.Previous = continues;
            continues = -1;
        }

        quotes.Add(q);
    }

    private static bool IsDoubleOpener(string t) => t is "\u201c" or "\"";

    /// <summary>Two straight apostrophes side by side, standing for a double quotation mark.</summary>
    private static bool IsDoubledApostrophe(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Text == "'" && tokens[i + 1].Span.Start == tokens[i].Span.End
        && !(i > 0 && tokens[i - 1].Text == "'" && tokens[i - 1].Span.End == tokens[i].Span.Start) && text.Length > 0;

    /// <summary>True when the paragraph that starts at token <paramref name="first"/> holds a curly double quotation mark.</summary>
    private static bool HasCurlyDoubleQuote(IReadOnlyList<Token> tokens, bool[] paragraphStart, int first)
    {
        for (var k = first; k < tokens.Count && (k == first || !paragraphStart[k]); k++)
        {
            if (tokens[k].Text is "\u201c" or "\u201d")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A right double mark used as an opener (some sites use ” on both sides): it opens when a word follows it directly.</summary>
    private static bool StartsQuoteAnyway(string text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Span.Start == tokens[i].Span.End && char.IsLetterOrDigit(text[tokens[i + 1].Span.Start])
        && (i == 0 || tokens[i - 1].Span.End < tokens[i].Span.Start);

    private static bool IsSingleOpener(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        if (t is not ("\u2018" or "'"))
        {
            return false;
        }

        // Opens when a word touches it on the right and space (or the start) is on its left.
        var touchesNext = i + 1 < tokens.Count && tokens[i + 1].Span.Start == tokens[i].Span.End && char.IsLetterOrDigit(text[tokens[i + 1].Span.Start]);
        var spaceBefore = i == 0 || tokens[i - 1].Span.End < tokens[i].Span.Start;
        return touchesNext && spaceBefore;
    }

    private static bool IsSingleCloser(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        if (t is not ("\u2019" or "'"))
        {
            return false;
        }

        var touchesPrevious = i > 0 && tokens[i - 1].Span.End == tokens[i].Span.Start;
        var nextIsLetter = i + 1 < tokens.Count && tokens[i + 1].Span.Start == tokens[i].Span.End && char.IsLetter(text[tokens[i + 1].Span.Start]);
        return touchesPrevious && !nextIsLetter;
    }
}
