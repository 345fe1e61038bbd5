using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Text;

/// <summary>
/// Finds sentence boundaries from tokens. A sentence ends at ".", "!", "?" or "..." (with any
/// closing quotes or brackets after it) when the next token can start a sentence; at a blank
/// line always; at a single line break when the line is a headline, a list item or ends in
/// sentence punctuation (a line that runs on in lower case is a hard wrap, not a boundary).
/// Titles and month abbreviations never end a sentence ("Sen. Wicker", "Sept. 19"); "U.S."
/// ends one only before a word that plainly starts a new sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            if (IsTerminal(tokens[i]))
            {
                // Take closing quotes and brackets with the sentence: He said "no." Then ...
                // A straight quote is a closer only when it touches the period; after a space it opens the next sentence.
                while (end + 1 < tokens.Count && IsCloser(tokens[end + 1].Text) && tokens[end + 1].Span.Start == tokens[end].Span.End)
                {
                    end++;
                }

                var quotedQuestion = end > i && tokens[i].Text is "?" or "!" && end + 1 < tokens.Count && IsSpeechFrame(tokens, end + 1);
                if (!quotedQuestion && (end + 1 >= tokens.Count || StartsSentence(text, tokens, end + 1) || HasLineBreakBetween(text, tokens[end], tokens[end + 1])))
                {
                    sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[end].Span.End)));
                    first = end + 1;
                    i = end;
                    continue;
                }
            }
            else if (IsAbbreviationThatEnds(text, tokens, i))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[i].Span.End)));
                first = i + 1;
                continue;
            }

            if (i + 1 < tokens.Count && BreaksAtLine(text, tokens, i))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[i].Span.End)));
                first = i + 1;
            }
        }

        if (first < tokens.Count)
        {
            sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[^1].Span.End)));
        }

        return sentences;
    }

    /// <summary>Splits a text that has not been tokenized yet.</summary>
    public static IReadOnlyList<Sentence> Split(string text) => Split(text, Tokenizer.Tokenize(text));

    /// <summary>"Will it change?" Vitter demanded. A quoted question or exclamation followed by its
    /// speaker and a speech verb (within three words) is one sentence with its frame.</summary>
    private static bool IsSpeechFrame(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index; k < Math.Min(tokens.Count, index + 4); k++)
        {
            if (SpeechVerbs.Contains(tokens[k].Text))
            {
                return k > index || tokens[k].Text is "said" or "asked";
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> SpeechVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "said", "says", "asked", "asks", "demanded", "demands", "added", "adds", "told", "wrote", "writes", "shouted", "exclaimed",
        "replied", "responded", "wondered", "tweeted", "insisted", "declared", "warned", "quipped", "countered", "continued",
    ]);

    private static bool IsTerminal(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?" or "..." or "\u2026";

    private static bool IsCloser(string s) => s is "\"" or "\u201d" or "'" or "\u2019" or ")" or "]" or "\u00bb";

    private static bool IsOpener(string s) => s is "\"" or "\u201c" or "'" or "\u2018" or "(" or "[" or "\u00ab" or "-" or "\u2014" or "\u2022" or "*";

    private static bool StartsSentence(string text, IReadOnlyList<Token> tokens, int index)
    {
        var t = tokens[index];
        if (t.Kind == TokenKind.Number)
        {
            return true;
        }

        if (IsOpener(t.Text))
        {
            return true;
        }

        var c = t.Text[0];
        return char.IsUpper(c) || (char.IsLetter(c) && !char.IsLower(c));
    }

    /// <summary>"in the U.S. The talks ..." ends after "U.S."; "the U.S. Army" does not.</summary>
    private static bool IsAbbreviationThatEnds(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Text.Length < 2 || t.Text[^1] != '.' || i + 1 >= tokens.Count)
        {
            return false;
        }

        var bare = t.Text.AsSpan(0, t.Text.Length - 1);
        if (Abbreviations.NeverFinal.Contains(bare.ToString()) || (bare.Length > 1 && bare[1] == '-'))
        {
            return HasBlankLineBetween(text, t, tokens[i + 1]);
        }

        var next = tokens[i + 1];
        if (HasLineBreakBetween(text, t, next))
        {
            return true;
        }

        return Abbreviations.SentenceStarters.Contains(next.Text) && char.IsUpper(next.Text[0]);
    }

    /// <summary>A line break ends the sentence unless the text runs on in lower case (a hard wrap).</summary>
    private static bool BreaksAtLine(string text, IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        var next = tokens[i + 1];
        if (!HasLineBreakBetween(text, t, next))
        {
            return false;
        }

        if (HasBlankLineBetween(text, t, next))
        {
            return true;
        }

        // A wrapped line continues in lower case or after a comma, a hyphen or an opening word.
        var runsOn = char.IsLower(next.Text[0]) || t.Text is "," or ";" or ":" or "-" or "(" || t.Text is "the" or "a" or "an" or "of" or "and" or "to";
        return !runsOn;
    }

    private static bool HasLineBreakBetween(string text, Token a, Token b) =>
        text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).IndexOfAny('\n', '\r') >= 0;

    private static bool HasBlankLineBetween(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
        var first = gap.IndexOf('\n');
        return first >= 0 && gap[(first + 1)..].IndexOf('\n') >= 0;
    }
}
