using System.Net;
using System.Text;
using Docket.Core.Reconcile.Views;

namespace Docket.Core.Reconcile.Reports;

/// <summary>
/// The briefing as one self-contained HTML page. Every value is HTML-encoded (&lt; &gt; &amp; " '),
/// in text and in attributes alike, so article text can never inject markup or script.
/// </summary>
public static class HtmlBriefing
{
    public static string Render(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(briefing.Title)).Append("</title>\n");
        sb.Append("<style>body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}")
            .Append("blockquote{border-left:3px solid #999;margin:.5rem 0;padding-left:.75rem}.src{color:#555;font-size:.9em}</style>\n");
        sb.Append("</head>\n<body>\n<h1>").Append(E(briefing.Title)).Append("</h1>\n");
        sb.Append("<p>").Append(E(briefing.AsOf is null ? "As of: everything known." : $"As of {briefing.AsOf}."));
        if (briefing.GeneratedOn is not null)
        {
            sb.Append(' ').Append(E($"Generated {briefing.GeneratedOn}."));
        }

        sb.Append(' ').Append(briefing.Entries.Count).Append(" questions.</p>\n");

        if (briefing.ChangesSince is not null)
        {
            sb.Append("<h2>Changes since ").Append(E(briefing.ChangesSince)).Append("</h2>\n");
            var changed = briefing.Entries.Where(e => e.Changes.Count > 0).ToList();
            if (changed.Count == 0)
            {
                sb.Append("<p>No status changed.</p>\n");
            }
            else
            {
                sb.Append("<ul>\n");
                foreach (var e in changed)
                {
                    var path = string.Join(" -> ", e.Changes.Select(c => $"{c.Status} ({StatusViews.DescribeSince(c.Since, c.SinceBasis)})"));
                    sb.Append("<li><strong>").Append(E(e.Question)).Append("</strong>: ")
                        .Append(E(e.PreviousStatus is null ? path : $"{e.PreviousStatus} -> {path}")).Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }
        }

        sb.Append("<h2>All questions</h2>\n<table>\n<thead><tr><th>Supplier</th><th>System</th><th>Recipient</th><th>Aspect</th><th>Status</th><th>Since</th><th>Story groups</th><th>Contradictions</th></tr></thead>\n<tbody>\n");
        foreach (var e in briefing.Entries)
        {
            var s = e.Status;
            sb.Append("<tr><td>").Append(E(s.Supplier))
                .Append("</td><td>").Append(E(s.System ?? "(general aid)"))
                .Append("</td><td>").Append(E(s.Recipient))
                .Append("</td><td>").Append(E(s.Aspect))
                .Append("</td><td>").Append(E(StatusText(s)))
                .Append("</td><td>").Append(E(s.Status is null ? string.Empty : StatusViews.DescribeSince(s.Since, s.SinceBasis)))
                .Append("</td><td>").Append(s.Corroboration)
                .Append("</td><td>").Append(s.Contradictions.Count)
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n<h2>Evidence</h2>\n");
        foreach (var e in briefing.Entries)
        {
            sb.Append("<section>\n<h3>").Append(E(e.Question)).Append(": ").Append(E(StatusText(e.Status))).Append("</h3>\n");
            if (e.Status.Scope is not null)
            {
                sb.Append("<p>Scope: ").Append(E(e.Status.Scope)).Append("</p>\n");
            }

            if (e.Evidence.Count == 0)
            {
                sb.Append("<p>No claim moves this question yet.</p>\n");
            }

            foreach (var c in e.Evidence)
            {
                sb.Append("<blockquote data-article=\"").Append(E(c.ArticleId)).Append("\" data-span=\"").Append(c.Span.Start).Append('-').Append(c.Span.End).Append("\">")
                    .Append(E(c.Evidence))
                    .Append("<div class=\"src\">").Append(E(ReportRenderer.Attribution(c))).Append("</div></blockquote>\n");
            }

            foreach (var x in e.Status.Contradictions)
            {
                sb.Append("<p class=\"contradiction\">Contradiction (").Append(E(x.StatusA)).Append(" vs ").Append(E(x.StatusB)).Append("): ").Append(E(x.Explanation)).Append("</p>\n");
            }

            sb.Append("</section>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string StatusText(QuestionStatusView s) =>
        s.Status ?? (s.Tentative is null ? "no status" : $"no status (tentative {s.Tentative})");
}
