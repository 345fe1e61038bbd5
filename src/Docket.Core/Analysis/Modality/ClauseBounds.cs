using Docket.Domain.Analysis;

namespace Docket.Core.Analysis.Modality;

/// <summary>
/// The clause-boundary heuristic that gives modality cues their scope. Within a sentence, a clause
/// ends before a semicolon, a colon, a dash, a bracket, a conjunction after a comma (", but", ",
/// and", ", while", ", although", ", because", ", which", ", who"...), "but" anywhere, a word that
/// opens a subordinate or relative clause ("when", "because", "which", "that"...; not right after
/// the cue, so "not that" and "declined to say when" keep their clause), or the closing mark of a
/// quote the cue is in; otherwise at the end of the sentence (final
/// punctuation left out). A clause starts just after the same boundaries looking left (a subordinating
/// word included: "... said that | the cabinet will meet next week"), or at the sentence start.
/// </summary>
internal static class ClauseBounds
{
    private static readonly HashSet<string> AfterComma = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "yet", "so", "while", "whereas", "although", "though", "because", "since", "as", "which", "who", "whom", "whose", "where", "when", "unless", "until", "before", "after", "if",
    };

    /// <summary>Words that open a subordinate or relative clause even without a comma ("was not reported when the plane flew").</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "whereas", "because", "although", "though", "while", "unless", "until", "since", "which", "who", "whom", "whose", "where", "that",
    };

    private static readonly HashSet<string> Hard = new(StringComparer.Ordinal)
    {
        ";", ":", "\u2014", "\u2013", "--", "\u2015", "(", ")", "[", "]",
    };

    /// <summary>Index of the last token of the clause that holds token <paramref name="i"/>, within sentence [start, end).</summary>
    public static int ClauseEnd(IReadOnlyList<Token> tokens, int i, int end, int quoteClose)
    {
        var last = i;
        for (var k = i + 1; k < end; k++)
        {
            var w = tokens[k].Text;
            if (k == quoteClose || Hard.Contains(w) || w.Equals("but", StringComparison.OrdinalIgnoreCase) || (k > i + 1 && Subordinators.Contains(w))
                || (w == "," && k + 1 < end && (AfterComma.Contains(tokens[k + 1].Text) || IsTrailingFrame(tokens, k + 1, end))))
            {
                break;
            }

            last = k;
        }

        while (last > i && ((tokens[last].Kind == TokenKind.Punctuation && tokens[last].Text is "." or "," or "!" or "?")
            || AfterComma.Contains(tokens[last].Text)))
        {
            last--;
        }

        return last;
    }

    private static readonly HashSet<string> FrameVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "added", "reported", "reports", "according", "noted", "stressed", "warned", "confirmed", "announced", "wrote", "per",
    };

    /// <summary>", officials said." or ", according to Reuters.": a short attribution frame that closes the sentence is not part of the clause before it.</summary>
    private static bool IsTrailingFrame(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k < end && k < from + 8; k++)
        {
            if (FrameVerbs.Contains(tokens[k].Text))
            {
                var rest = 0;
                for (var j = k + 1; j < end; j++)
                {
                    if (tokens[j].Text is "," or ";")
                    {
                        break;
                    }

                    rest++;
                }

                return rest <= 6;
            }

            if (tokens[k].Text is "," or ";" or ":")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Index of the first token of the clause that holds token <paramref name="i"/>, within sentence [start, end).</summary>
    public static int ClauseStart(IReadOnlyList<Token> tokens, int i, int start, int quoteOpen)
    {
        var first = i;
        for (var k = i - 1; k >= start; k--)
        {
            var w = tokens[k].Text;
            if (k == quoteOpen || Hard.Contains(w) || (w == "," && AfterComma.Contains(tokens[k + 1].Text)) || Subordinators.Contains(w))
            {
                break;
            }

            if (AfterComma.Contains(w) && k > start && tokens[k - 1].Text == ",")
            {
                break;
            }

            first = k;
        }

        while (first < i && tokens[first].Kind == TokenKind.Punctuation)
        {
            first++;
        }

        return first;
    }
}
