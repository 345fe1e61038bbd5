namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// Whole-line boilerplate after the header: blocks that run to the end (donation appeals,
/// newsletter footers), lines the lexicon drops anywhere (share buttons, "Related:" links,
/// photo credits with their captions), and short unpunctuated lines trailing the article
/// ("Continue", "Read Entire Article"). Lines the lexicon keeps (credit lines) are never dropped.
/// </summary>
internal static class LineBoilerplate
{
    /// <summary>Most words a caption line above a photo credit may have.</summary>
    private const int MaxCaptionWords = 40;

    /// <summary>An end block may not take more than this share of the text after the header:
    /// beyond it, the "appeal" is more likely the article itself.</summary>
    private const double MaxEndBlockShare = 0.6;

    public static void Apply(LineVerdicts verdicts, BoilerplateLexicon lexicon)
    {
        DropEndBlock(verdicts, lexicon);
        DropLexiconLines(verdicts, lexicon);
        DropTrailingShortLines(verdicts, lexicon);
    }

    private static void DropEndBlock(LineVerdicts verdicts, BoilerplateLexicon lexicon)
    {
        var kept = verdicts.Kept.ToList();
        var total = kept.Sum(i => verdicts.Lines[i].ContentLength);
        for (var k = 1; k < kept.Count; k++)
        {
            var index = kept[k];
            if (lexicon.FirstMatch(BoilerplateKind.End, verdicts.Content(index)) is not { } rule)
            {
                continue;
            }

            var rest = kept.Skip(k).Sum(i => verdicts.Lines[i].ContentLength);
            if (rest > total * MaxEndBlockShare)
            {
                continue;
            }

            foreach (var i in kept.Skip(k))
            {
                verdicts.Drop(i, rule.Rule);
            }

            return;
        }
    }

    private static void DropLexiconLines(LineVerdicts verdicts, BoilerplateLexicon lexicon)
    {
        foreach (var index in verdicts.Kept.ToList())
        {
            var content = verdicts.Content(index);
            if (lexicon.FirstMatch(BoilerplateKind.Keep, content) is not null)
            {
                continue;
            }

            if (lexicon.FirstMatch(BoilerplateKind.Drop, content) is { } drop)
            {
                verdicts.Drop(index, drop.Rule);
                continue;
            }

            if (lexicon.FirstMatch(BoilerplateKind.Credit, content) is { } credit)
            {
                verdicts.Drop(index, credit.Rule);

                // The caption sits on the line right above its credit, with no blank line between.
                var above = index - 1;
                if (above >= 0 && verdicts.IsKept(above) && WordCount(verdicts.Content(above)) <= MaxCaptionWords
                    && lexicon.FirstMatch(BoilerplateKind.Keep, verdicts.Content(above)) is null)
                {
                    verdicts.Drop(above, credit.Rule + ":caption");
                }
            }
        }
    }

    private static void DropTrailingShortLines(LineVerdicts verdicts, BoilerplateLexicon lexicon)
    {
        var kept = verdicts.Kept.ToList();
        for (var k = kept.Count - 1; k > 0; k--)
        {
            var content = verdicts.Content(kept[k]);
            if (WordCount(content) > 6 || EndsLikeSentence(content) || lexicon.FirstMatch(BoilerplateKind.Keep, content) is not null)
            {
                return;
            }

            verdicts.Drop(kept[k], "structure:trailing-short-line");
        }
    }

    internal static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    internal static bool EndsLikeSentence(string s) => s.Length > 0 && s[^1] is '.' or '?' or '!' or '"' or '”' or '’' or ')' or ']';
}
