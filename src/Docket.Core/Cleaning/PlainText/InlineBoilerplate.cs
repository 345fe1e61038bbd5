using System.Text.RegularExpressions;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>
/// Boilerplate inside a kept line, for scraped text whose paragraphs were joined into one line:
/// promotional spans ("Sign up for the free ... newsletter"), photo captions ended by a credit
/// ("FILE - ... (AP Photo/...)"), caption sentences in the wire services' formula, and a video
/// blurb leading the text. Returns the ranges to remove, each with the space after it.
/// </summary>
internal static partial class InlineBoilerplate
{
    /// <summary>How far back from a caption credit a "FILE -" marker may open the caption.</summary>
    private const int MaxCaptionLength = 1200;

    /// <summary>Longest caption sentence taken without a "FILE -" marker.</summary>
    private const int MaxSentenceCaption = 500;

    public static List<BoilerplateRemoval> Find(string text, TextLine line, bool isFirstLine, BoilerplateLexicon lexicon)
    {
        var removals = new List<BoilerplateRemoval>();
        var from = line.ContentStart;
        var to = line.ContentEnd;
        var segment = text[from..to];

        foreach (var rule in lexicon.Of(BoilerplateKind.Inline))
        {
            foreach (Match m in rule.Pattern.Matches(segment))
            {
                if (m.Length > 0)
                {
                    removals.Add(new BoilerplateRemoval(from + m.Index, from + m.Index + m.Length, rule.Rule));
                }
            }
        }

        // Credits in text order, so each caption starts after the previous one's credit.
        var credits = lexicon.Of(BoilerplateKind.Caption)
            .SelectMany(rule => rule.Pattern.Matches(segment).Select(m => (Start: from + m.Index, End: from + m.Index + m.Length, rule.Rule)))
            .OrderBy(c => c.Start)
            .ToList();
        var floor = from;
        foreach (var credit in credits)
        {
            if (credit.Start < floor)
            {
                continue;
            }

            // A caption never reaches back over text already removed (a "___" rule, a promo).
            var captionFloor = removals.Where(r => r.End <= credit.Start).Select(r => r.End).DefaultIfEmpty(floor).Max();
            removals.Add(new BoilerplateRemoval(CaptionStart(text, Math.Max(floor, captionFloor), credit.Start), credit.End, credit.Rule));
            floor = credit.End;
        }

        var sentences = SentenceSpans.Split(text, from, to);
        if (isFirstLine && sentences.Count > 1 && sentences[0].End - sentences[0].Start <= MaxSentenceCaption && lexicon.FirstMatch(BoilerplateKind.Lead, text[sentences[0].Start..sentences[0].End]) is { } lead)
        {
            removals.Add(new BoilerplateRemoval(sentences[0].Start, sentences[0].End, lead.Rule));
        }

        foreach (var (s, e) in sentences)
        {
            if (e - s <= MaxSentenceCaption && lexicon.FirstMatch(BoilerplateKind.Sentence, text[s..e]) is { } caption)
            {
                removals.Add(new BoilerplateRemoval(s, e, caption.Rule));
            }
        }

        return Normalize(text, removals, to);
    }

    /// <summary>Where a caption ending at <paramref name="creditStart"/> begins: at a "FILE -"
    /// marker close before it, otherwise at the start of the sentence just before the credit.</summary>
    private static int CaptionStart(string text, int floor, int creditStart)
    {
        var windowStart = Math.Max(floor, creditStart - MaxCaptionLength);
        var window = text[windowStart..creditStart];
        var marker = FileMarker().Matches(window);
        if (marker.Count > 0)
        {
            return windowStart + marker[^1].Index;
        }

        // Without a marker the caption is the sentence before the credit, unless that
        // "sentence" is too long to be a caption (the splitter missed a boundary).
        var sentences = SentenceSpans.Split(text, floor, creditStart);
        return sentences.Count > 0 && creditStart - sentences[^1].Start <= MaxSentenceCaption ? sentences[^1].Start : creditStart;
    }

    /// <summary>Sorts and merges overlapping removals and extends each over the white space
    /// after it, so the text on either side joins with one space.</summary>
    private static List<BoilerplateRemoval> Normalize(string text, List<BoilerplateRemoval> removals, int lineEnd)
    {
        removals.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<BoilerplateRemoval>();
        foreach (var r in removals)
        {
            var end = r.End;
            while (end < lineEnd && TextLines.IsSpace(text[end]))
            {
                end++;
            }

            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, end) };
                continue;
            }

            merged.Add(r with { End = end });
        }

        return merged;
    }

    [GeneratedRegex(@"(?:\bFILE\s*[-–—]\s|\bEDS NOTE:)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FileMarker();
}
