using System.Text;
using Docket.Core.Reconcile.Views;

namespace Docket.Core.Reconcile.Reports;

/// <summary>
/// The briefing as Markdown: a changes section, a table of all questions, then the evidence per
/// question. Every piece of source text is escaped (<see cref="Escape"/>), so evidence can neither
/// break the table nor inject markup.
/// </summary>
public static class MarkdownBriefing
{
    public static string Render(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(briefing.Title)).Append('\n').Append('\n');
        sb.Append(Header(briefing)).Append('\n').Append('\n');

        if (briefing.ChangesSince is not null)
        {
            sb.Append("## Changes since ").Append(briefing.ChangesSince).Append('\n').Append('\n');
            var changed = briefing.Entries.Where(e => e.Changes.Count > 0).ToList();
            if (changed.Count == 0)
            {
                sb.Append("No status changed.\n\n");
            }

            foreach (var e in changed)
            {
                var path = string.Join(" -> ", e.Changes.Select(c => $"{c.Status} ({StatusViews.DescribeSince(c.Since, c.SinceBasis)})"));
                sb.Append("- **").Append(Escape(e.Question)).Append("**: ");
                if (e.PreviousStatus is not null)
                {
                    sb.Append(e.PreviousStatus).Append(" -> ");
                }

                sb.Append(Escape(path)).Append('\n');
            }

            if (changed.Count > 0)
            {
                sb.Append('\n');
            }
        }

        sb.Append("## All questions\n\n");
        sb.Append("| Supplier | System | Recipient | Aspect | Status | Since | Story groups | Contradictions |\n");
        sb.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var e in briefing.Entries)
        {
            var s = e.Status;
            sb.Append("| ").Append(Escape(s.Supplier))
                .Append(" | ").Append(Escape(s.System ?? "(general aid)"))
                .Append(" | ").Append(Escape(s.Recipient))
                .Append(" | ").Append(s.Aspect)
                .Append(" | ").Append(StatusText(s))
                .Append(" | ").Append(Escape(s.Status is null ? string.Empty : StatusViews.DescribeSince(s.Since, s.SinceBasis)))
                .Append(" | ").Append(s.Corroboration)
                .Append(" | ").Append(s.Contradictions.Count)
                .Append(" |\n");
        }

        sb.Append('\n').Append("## Evidence\n");
        foreach (var e in briefing.Entries)
        {
            sb.Append('\n').Append("### ").Append(Escape(e.Question)).Append(": ").Append(StatusText(e.Status)).Append('\n').Append('\n');
            if (e.Status.Scope is not null)
            {
                sb.Append("Scope: ").Append(Escape(e.Status.Scope)).Append('\n').Append('\n');
            }

            if (e.Evidence.Count == 0)
            {
                sb.Append("No claim moves this question yet.\n");
            }

            foreach (var c in e.Evidence)
            {
                sb.Append("> ").Append(Escape(c.Evidence)).Append('\n');
                sb.Append(">\n> (").Append(Escape(ReportRenderer.Attribution(c))).Append("; ").Append(Escape(c.ArticleId))
                    .Append(' ').Append(c.Span.Start).Append('-').Append(c.Span.End).Append(")\n\n");
            }

            foreach (var x in e.Status.Contradictions)
            {
                sb.Append("- Contradiction (").Append(x.StatusA).Append(" vs ").Append(x.StatusB).Append("): ").Append(Escape(x.Explanation)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Escapes text for Markdown (CommonMark) so that it reads as the same plain text: a
    /// backslash before every character that can open inline markup or end a table cell
    /// (<c>\ ` * _ [ ] &lt; &gt; | ~ &amp;</c>), before a character that would start a block at the
    /// beginning of the text (<c># - + =</c>, or the dot or parenthesis of "1." / "1)"), and
    /// line breaks folded to spaces so text stays in its cell or quote line.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var digitsEnd = start;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&':
                    sb.Append('\\').Append(ch);
                    break;
                case '#' or '-' or '+' or '=' when i == start:
                    sb.Append('\\').Append(ch);
                    break;
                case '.' or ')' when i == digitsEnd && digitsEnd > start:
                    sb.Append('\\').Append(ch);
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string Header(Briefing b)
    {
        var parts = new List<string> { b.AsOf is null ? "As of: everything known." : $"As of {b.AsOf}." };
        if (b.GeneratedOn is not null)
        {
            parts.Add($"Generated {b.GeneratedOn}.");
        }

        parts.Add($"{b.Entries.Count} questions.");
        return string.Join(' ', parts);
    }

    private static string StatusText(QuestionStatusView s) =>
        s.Status ?? (s.Tentative is null ? "no status" : $"no status (tentative {s.Tentative})");
}
