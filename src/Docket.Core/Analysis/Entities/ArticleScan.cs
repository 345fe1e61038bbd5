using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Entities;

/// <summary>
/// The per-article working state of <see cref="EntityRecognizer"/>: the tokens, which sentence each belongs
/// to, which are already part of a mention, and reusable buffers. One per call; never shared.
/// </summary>
internal sealed class ArticleScan
{
    public const int MaxDepth = 12;

    public ArticleScan(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens;
        Texts = new string[tokens.Count];
        SentenceOf = new int[tokens.Count];
        Covered = new bool[tokens.Count];
        EndingAt = new FoundMention?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            Texts[i] = tokens[i].Text;
        }

        var ranges = new List<(int Start, int End)>(Math.Max(1, sentences.Count));
        var t = 0;
        foreach (var sentence in sentences)
        {
            // Tokens before this sentence that no sentence covers join it (sentences normally cover every token).
            var first = t;
            while (t < tokens.Count && tokens[t].Span.Start < sentence.Span.End)
            {
                t++;
            }

            if (t > first)
            {
                ranges.Add((first, t));
            }
        }

        if (t < tokens.Count)
        {
            ranges.Add((t, tokens.Count));
        }

        // The splitter ends a sentence after a middle initial ("Frederick H. Collier"); join such pieces back.
        for (var r = ranges.Count - 2; r >= 0; r--)
        {
            var (start, end) = ranges[r];
            if (end - start >= 2 && tokens[end - 1].Text == "." && tokens[end - 2].Text is { Length: 1 } initial && char.IsUpper(initial[0])
                && end - 3 >= start && tokens[end - 3].Kind == TokenKind.Word && char.IsUpper(tokens[end - 3].Text[0])
                && tokens[end - 2].Span.Start == tokens[end - 3].Span.End + 1
                && tokens[ranges[r + 1].Start].Kind == TokenKind.Word && char.IsUpper(tokens[ranges[r + 1].Start].Text[0]))
            {
                ranges[r] = (start, ranges[r + 1].End);
                ranges.RemoveAt(r + 1);
            }
        }

        Sentences = ranges;
        for (var s = 0; s < ranges.Count; s++)
        {
            for (var i = ranges[s].Start; i < ranges[s].End; i++)
            {
                SentenceOf[i] = s;
            }
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Token texts, for trie lookups over a range.</summary>
    public string[] Texts { get; }

    /// <summary>Token ranges [Start, End) of the sentences.</summary>
    public IReadOnlyList<(int Start, int End)> Sentences { get; }

    public int[] SentenceOf { get; }

    /// <summary>The live mention whose last token is this one (the last added, when several).</summary>
    public FoundMention?[] EndingAt { get; }

    /// <summary>True where a token already belongs to a mention.</summary>
    public bool[] Covered { get; }

    /// <summary>Buffers for the gazetteer walk: terminal nodes met and where they end.</summary>
    public TokenTrie<NameMatch>.Node[] TerminalNodes { get; } = new TokenTrie<NameMatch>.Node[MaxDepth];

    public int[] TerminalEnds { get; } = new int[MaxDepth];

    public int SentenceStart(int token) => Sentences[SentenceOf[token]].Start;

    public int SentenceEnd(int token) => Sentences[SentenceOf[token]].End;

    public void Cover(FoundMention m, bool value)
    {
        for (var i = m.First; i < m.End; i++)
        {
            Covered[i] = value;
        }

        if (value)
        {
            EndingAt[m.End - 1] = m;
        }
        else if (EndingAt[m.End - 1] == m)
        {
            EndingAt[m.End - 1] = null;
        }
    }

    /// <summary>The live mention that ends right before token <paramref name="a"/>, touching it.</summary>
    public FoundMention? MentionBefore(int a)
    {
        if (a <= 0 || EndingAt[a - 1] is not { Removed: false } m || m.End != a)
        {
            return null;
        }

        return m.Stop == Tokens[a - 1].Span.End ? m : null;
    }

    /// <summary>A capitalised word that can be part of a name ("Kirby", "Col.", "O'Brien"); not "I", not "'s".</summary>
    public bool IsNameWord(int i)
    {
        var t = Tokens[i];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var s = t.Text;
        return char.IsUpper(s[0]) && !(s.Length == 1 && s[0] == 'I') && !(s.Length == 2 && s[0] is '\'' or '\u2019');
    }

    /// <summary>True when a layout break separates token <paramref name="i"/> from the one before: a line break,
    /// a tab or a run of three or more spaces (bylines, captions and menus glued to the text).</summary>
    public bool LineBreakBefore(int i)
    {
        if (i <= 0)
        {
            return false;
        }

        var gap = Text.AsSpan(Tokens[i - 1].Span.End, Tokens[i].Span.Start - Tokens[i - 1].Span.End);
        return gap.Length >= 3 || gap.IndexOfAny('\n', '\r', '\t') >= 0;
    }

    /// <summary>True when the folded token text equals <paramref name="word"/> (lower-case ASCII).</summary>
    public bool Is(int i, string word) => i >= 0 && i < Texts.Length && FoldedComparer.Instance.Equals(Texts[i].AsSpan(), word);
}
