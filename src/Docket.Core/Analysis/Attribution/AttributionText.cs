using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Attribution;

/// <summary>
/// A read-only view of one document for the attribution rules: its tokens with lower-case forms,
/// the sentence and paragraph each token belongs to, and its quotations. Built once per document
/// and thrown away after; never shared between threads.
/// </summary>
internal sealed class AttributionText
{
    public AttributionText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Lower = new string[tokens.Count];
        SentenceOf = new int[tokens.Count];
        ParagraphStart = new bool[tokens.Count];
        QuoteOf = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Lower[i] = tokens[i].Text.ToLowerInvariant();
            QuoteOf[i] = -1;
            ParagraphStart[i] = i == 0 || HasLineBreak(text, tokens[i - 1].Span.End, tokens[i].Span.Start);
        }

        // Sentences as token ranges [start, end); tokens outside every sentence form their own.
        var ranges = new List<(int Start, int End)>(sentences.Count);
        var t = 0;
        foreach (var s in sentences)
        {
            while (t < tokens.Count && tokens[t].Span.End <= s.Span.Start)
            {
                ranges.Add((t, t + 1));
                t++;
            }

            var start = t;
            while (t < tokens.Count && tokens[t].Span.Start < s.Span.End)
            {
                t++;
            }

            if (t > start)
            {
                ranges.Add((start, t));
            }
        }

        while (t < tokens.Count)
        {
            ranges.Add((t, t + 1));
            t++;
        }

        Sentences = MergeOpenParentheses(ranges);
        for (var s = 0; s < Sentences.Count; s++)
        {
            for (var i = Sentences[s].Start; i < Sentences[s].End; i++)
            {
                SentenceOf[i] = s;
            }
        }

        Quotes = QuoteScanner.Scan(text, tokens, ParagraphStart);
        for (var q = 0; q < Quotes.Count; q++)
        {
            for (var i = Quotes[q].Open; i <= Quotes[q].Close; i++)
            {
                QuoteOf[i] = q;
            }
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Count => Tokens.Count;

    /// <summary>Lower-case text of each token.</summary>
    public string[] Lower { get; }

    /// <summary>Index of the sentence each token belongs to.</summary>
    public int[] SentenceOf { get; }

    /// <summary>True for the first token of a line.</summary>
    public bool[] ParagraphStart { get; }

    /// <summary>Index into <see cref="Quotes"/> of the quote a token is in (marks included), or -1.</summary>
    public int[] QuoteOf { get; }

    /// <summary>Sentences as token ranges [Start, End).</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    public List<Quotation> Quotes { get; }

    public string Word(int i) => Tokens[i].Text;

    public bool IsCapitalized(int i) => Tokens[i].Text.Length > 0 && char.IsUpper(Tokens[i].Text[0]);

    public bool IsWord(int i) => Tokens[i].Kind == TokenKind.Word;

    /// <summary>A quotation mark: a double mark, or a single one that opens or closes a quote (not the apostrophe of "veterans'").</summary>
    public bool IsQuoteMark(int i) => Tokens[i].Text is "\"" or "\u201c" or "\u201d" || (Tokens[i].Text is "'" or "\u2018" or "\u2019" && QuoteOf[i] >= 0);

    public bool IsOpeningQuote(int i) => QuoteOf[i] >= 0 && Quotes[QuoteOf[i]].Open == i;

    public bool IsClosingQuote(int i) => QuoteOf[i] >= 0 && Quotes[QuoteOf[i]].Close == i && Quotes[QuoteOf[i]].Closed;

    /// <summary>The first token of the paragraph (line) that holds token <paramref name="i"/>.</summary>
    public int ParagraphFirst(int i)
    {
        while (i > 0 && !ParagraphStart[i])
        {
            i--;
        }

        return i;
    }

    /// <summary>One past the last token of the paragraph that holds token <paramref name="i"/>.</summary>
    public int ParagraphEnd(int i)
    {
        i++;
        while (i < Count && !ParagraphStart[i])
        {
            i++;
        }

        return i;
    }

    /// <summary>Character span of tokens [first, last] (inclusive).</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>True when every word of the sentence that can be capitalised is (a headline).</summary>
    public bool IsHeadline(int sentence)
    {
        var (start, end) = Sentences[sentence];
        int words = 0, capitalized = 0;
        for (var i = start; i < end; i++)
        {
            if (Tokens[i].Kind != TokenKind.Word || Lower[i] is "a" or "an" or "the" or "of" or "to" or "in" or "on" or "for" or "and" or "or" or "at" or "by" or "with" or "'s" or "\u2019s"
                or "if" or "as" or "but" or "vs" or "vs." or "from" or "into" or "over" or "after" or "is" or "are" or "be")
            {
                continue;
            }

            words++;
            if (char.IsUpper(Tokens[i].Text[0]))
            {
                capitalized++;
            }
        }

        return words >= 3 && capitalized == words;
    }

    /// <summary>
    /// A sentence never ends inside parentheses: "Rep. Trey Gowdy (R-S.C.) said" can be split after
    /// "R-S." by the splitter; a sentence with an unclosed "(" is joined with the next one on its line.
    /// </summary>
    private List<(int Start, int End)> MergeOpenParentheses(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && !ParagraphStart[r.Start] && (OpenParentheses(merged[^1]) > 0 || EndsWithInitial(merged[^1])))
            {
                merged[^1] = (merged[^1].Start, r.End);
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    /// <summary>"Vann R." ends in a middle initial, not a sentence: a capital letter alone before the period, after a capitalised word.</summary>
    private bool EndsWithInitial((int Start, int End) r)
    {
        var last = r.End - 1;
        return last - 2 >= r.Start && Tokens[last].Text == "." && Tokens[last - 1].Text.Length == 1 && char.IsUpper(Tokens[last - 1].Text[0])
            && Tokens[last - 2].Text.Length > 1 && char.IsUpper(Tokens[last - 2].Text[0]) && Tokens[last - 1].Span.End == Tokens[last].Span.Start;
    }

    private int OpenParentheses((int Start, int End) r)
    {
        var open = 0;
        for (var i = r.Start; i < r.End; i++)
        {
            open += Tokens[i].Text switch { "(" => 1, ")" => open > 0 ? -1 : 0, _ => 0 };
        }

        return open;
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;
}
