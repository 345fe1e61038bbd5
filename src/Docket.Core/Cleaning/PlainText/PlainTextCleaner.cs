using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>What plain-text cleaning made of a text: the body, its map onto the text, paragraph
/// extents (in the text), the metadata read from header lines and every removal with its rule.</summary>
internal sealed record CleanedText(
    string Body,
    SourceMap Map,
    IReadOnlyList<TextSpan> Paragraphs,
    TextFindings Findings,
    IReadOnlyList<BoilerplateRemoval> Removals);

/// <summary>
/// Removes boilerplate from scraped plain text, line by line and then inside lines, and keeps
/// the article's own text with a <see cref="SourceMap"/> back into the text. Kept lines keep the
/// white space between them when nothing was removed in between; a removal between two kept
/// lines becomes a paragraph break. Pure and thread-safe.
/// </summary>
internal sealed class PlainTextCleaner
{
    private readonly BoilerplateLexicon _lexicon;

    public PlainTextCleaner(BoilerplateLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? BoilerplateLexicon.Default;
    }

    public CleanedText Clean(string text, DocumentHints hints)
    {
        var verdicts = new LineVerdicts(text, TextLines.Split(text));
        var findings = HeaderZone.Scan(verdicts, _lexicon, hints);
        LineBoilerplate.Apply(verdicts, _lexicon);

        var removals = new List<BoilerplateRemoval>();
        var inline = new Dictionary<int, List<BoilerplateRemoval>>();
        var first = true;
        foreach (var index in verdicts.Kept.ToList())
        {
            var found = InlineBoilerplate.Find(text, verdicts.Lines[index], first, _lexicon);
            first = false;
            if (found.Count > 0)
            {
                inline[index] = found;
            }
        }

        foreach (var index in verdicts.NonBlank)
        {
            if (verdicts.DropRule(index) is { } rule)
            {
                var line = verdicts.Lines[index];
                removals.Add(new BoilerplateRemoval(line.ContentStart, line.ContentEnd, rule));
            }
            else if (inline.TryGetValue(index, out var spans))
            {
                removals.AddRange(spans);
            }
        }

        var (body, map, paragraphs) = Build(text, verdicts, inline);
        return new CleanedText(body, map, paragraphs, findings, removals);
    }

    private static (string Body, SourceMap Map, List<TextSpan> Paragraphs) Build(string text, LineVerdicts verdicts, Dictionary<int, List<BoilerplateRemoval>> inline)
    {
        var body = new System.Text.StringBuilder(text.Length);
        var map = new SourceMap.Builder();
        var paragraphs = new List<TextSpan>();
        var previousEnd = -1;
        foreach (var index in verdicts.Kept)
        {
            var pieces = Pieces(text, verdicts.Lines[index], inline.GetValueOrDefault(index));
            if (pieces.Count == 0)
            {
                continue;
            }

            var start = pieces[0].Start;
            if (previousEnd >= 0)
            {
                if (text.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace())
                {
                    body.Append(text, previousEnd, start - previousEnd);
                    map.AppendExact(previousEnd, start - previousEnd);
                }
                else
                {
                    // Something was removed between the two lines: a paragraph break stands for it.
                    body.Append("\n\n");
                    map.AppendReplaced(2, start, 0);
                }
            }

            foreach (var (s, e) in pieces)
            {
                body.Append(text, s, e - s);
                map.AppendExact(s, e - s);
            }

            previousEnd = pieces[^1].End;
            paragraphs.Add(new TextSpan(start, previousEnd));
        }

        return (body.ToString(), map.Build(), paragraphs);
    }

    /// <summary>The parts of a line's content left after its inline removals, the last one
    /// trimmed of trailing white space.</summary>
    private static List<(int Start, int End)> Pieces(string text, TextLine line, List<BoilerplateRemoval>? removals)
    {
        var pieces = new List<(int Start, int End)>();
        var pos = line.ContentStart;
        foreach (var r in removals ?? [])
        {
            if (r.Start > pos)
            {
                pieces.Add((pos, r.Start));
            }

            pos = Math.Max(pos, r.End);
        }

        if (pos < line.ContentEnd)
        {
            pieces.Add((pos, line.ContentEnd));
        }

        if (pieces.Count > 0)
        {
            var (s, e) = pieces[^1];
            while (e > s && TextLines.IsSpace(text[e - 1]))
            {
                e--;
            }

            pieces[^1] = (s, e);
            if (e == s)
            {
                pieces.RemoveAt(pieces.Count - 1);
            }
        }

        return pieces;
    }
}
