using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Reports;
using Docket.Domain.Decisions;
using FsCheck;
using FsCheck.Fluent;
using static Docket.Domain.Decisions.EventType;
using static Docket.Tests.Reconcile.ClaimFactory;

namespace Docket.Tests.Reconcile;

public sealed class BriefingReportTests
{
    private const string Hostile = "He said \"no\", then <script>alert('x')</script> & | pipes,\r\nand a new line";

    private static Briefing Sample(string evidence = Hostile)
    {
        var claims = new[]
        {
            Make(Review, date: "2024-10-01", published: "2024-10-01", outlet: "Paper A"),
            Make(Pledge, date: "2024-11-05", published: "2024-11-06", outlet: "Paper, \"B\"", evidence: evidence),
            Make(Deny, system: "Taurus", actor: "Germany", date: "2024-06-01", published: "2024-06-01", outlet: "Paper C"),
            Make(Review, system: "Gray Eagle", certainty: Certainty.Hedged, outlet: "Paper D"),
        };
        var timelines = StatusReconciler.Default.Build(claims, Day("2024-11-18"));
        return Briefing.Build(timelines, new BriefingOptions { AsOf = Day("2024-11-18"), ChangesSince = Day("2024-11-01"), GeneratedOn = Day("2024-11-18") });
    }

    [Fact]
    public void TheBriefingListsChangedQuestionsFirstWithTheirPreviousStatus()
    {
        var b = Sample();

        var first = b.Entries[0];
        Assert.Equal("United States / ATACMS / Ukraine / transfer", first.Question);
        Assert.Equal("UNDER_REVIEW", first.PreviousStatus);
        Assert.Equal(["PLEDGED"], first.Changes.Select(c => c.Status));
        Assert.All(b.Entries.Skip(1), e => Assert.Empty(e.Changes));
    }

    [Fact]
    public void MarkdownEscapesEvidenceSoItCannotBreakTablesOrInjectMarkup()
    {
        var md = ReportRenderer.Render(Sample(), ReportFormat.Markdown);

        Assert.Contains("## Changes since 2024-11-01", md, StringComparison.Ordinal);
        Assert.Contains("UNDER_REVIEW -> PLEDGED (2024-11-05)", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
        Assert.Contains("\\& \\| pipes,  and a new line", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("no status (tentative UNDER_REVIEW)", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("a-b (c) #d", "a-b (c) #d")]
    [InlineData("*x* _y_ [z](u) `c`", "\\*x\\* \\_y\\_ \\[z\\](u) \\`c\\`")]
    public void MarkdownEscapingKeepsPlainTextPlain(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownBriefing.Escape(text));
    }

    [Fact]
    public void HtmlEncodesEveryValue()
    {
        var html = ReportRenderer.Render(Sample(), ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; | pipes", html, StringComparison.Ordinal);
        Assert.Contains("Paper, &quot;B&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvQuotesFieldsPerRfc4180()
    {
        var csv = ReportRenderer.Render(Sample(), ReportFormat.Csv);
        var rows = Rfc4180.Parse(csv);

        Assert.Equal(CsvBriefing.Columns, rows[0]);
        Assert.All(rows, r => Assert.Equal(CsvBriefing.Columns.Count, r.Count));
        var atacms = rows.Single(r => r[1] == "ATACMS");
        Assert.Equal(Hostile, atacms[CsvBriefing.Columns.ToList().IndexOf("evidence")]);
        Assert.Equal("yes", atacms[CsvBriefing.Columns.ToList().IndexOf("changed")]);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyCsvFieldRoundTripsThroughAnRfc4180ReaderWithFormulasDefused()
    {
        Prop.ForAll<string[]>(fields =>
        {
            var values = (fields ?? []).Select(f => f ?? string.Empty).ToList();
            if (values.Count == 0)
            {
                return true;
            }

            var line = string.Join(",", values.Select(CsvBriefing.Field)) + "\r\n";
            var parsed = Rfc4180.Parse(line);
            return parsed.Count == 1 && parsed[0].SequenceEqual(values.Select(v => v.Length > 0 && "=+-@\t\r".Contains(v[0], StringComparison.Ordinal) ? "'" + v : v));
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("2024-11-17", "2024-11-17")]
    [InlineData("a = b", "a = b")]
    public void ACsvCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe(string value, string cell)
    {
        var parsed = Rfc4180.Parse(CsvBriefing.Field(value) + "\r\n");
        Assert.Equal(cell, Assert.Single(Assert.Single(parsed)));
    }

    [Theory]
    [InlineData("md", ReportFormat.Markdown)]
    [InlineData("HTML", ReportFormat.Html)]
    [InlineData("csv", ReportFormat.Csv)]
    public void FormatNamesParse(string name, ReportFormat format)
    {
        Assert.True(ReportRenderer.TryParseFormat(name, out var parsed));
        Assert.Equal(format, parsed);
        Assert.False(ReportRenderer.TryParseFormat("pdf", out _));
    }

    /// <summary>A strict RFC 4180 reader, written for the test: records end with CRLF.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new System.Text.StringBuilder();
            var i = 0;
            var quoted = false;
            while (i < text.Length)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        quoted = false;
                        i++;
                        continue;
                    }

                    field.Append(c);
                    i++;
                    continue;
                }

                if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                }
                else
                {
                    Assert.False(c is '\r' or '\n' or '"', $"unquoted {(int)c} at {i}");
                    field.Append(c);
                }

                i++;
            }

            return rows;
        }
    }
}
