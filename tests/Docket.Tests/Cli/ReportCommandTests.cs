using Docket.Domain.Decisions;
using static Docket.Tests.Cli.StatusStories;

namespace Docket.Tests.Cli;

/// <summary><c>docket report</c> end to end: the three formats, with article text that tries to break each.</summary>
public sealed class ReportCommandTests : StatusCliFixture
{
    private const string Hostile = "=HYPERLINK(\"http://evil.example\") Officials said <script>alert(1)</script> the | launchers *arrived* & stayed.";

    private void StoreHostile() => Store(
        DecisionArticle.By("Harbor <b>Times</b>", "2024-11-10", "hostile")
            .Says(Hostile, EventType.Deliver, Us, Ukraine, "HIMARS", Aspect.Transfer, date: "2024-11-09")
            .Build(),
        RulesOfUseChange().Build());

    [Fact]
    public async Task The_markdown_briefing_lists_changes_and_escapes_article_text()
    {
        StoreHostile();
        var result = await Run("report", "--as-of", "2024-11-18", "--since", "2024-11-01", "--format", "md");
        Assert.Equal(0, result.Exit);
        var md = result.Out;
        Assert.StartsWith("# Docket briefing", md, StringComparison.Ordinal);
        Assert.Contains("As of 2024-11-18.", md, StringComparison.Ordinal);
        Assert.Contains("## Changes since 2024-11-01", md, StringComparison.Ordinal);
        Assert.Contains("**United States / ATACMS / Ukraine / use**: RESTRICTED (before the change that follows (start unknown)) -\\> AUTHORIZED (2024-11-17)", md, StringComparison.Ordinal);
        Assert.Contains("| United States | HIMARS | Ukraine | transfer | DELIVERED | 2024-11-09 | 1 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("the \\| launchers \\*arrived\\* \\& stayed", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_briefing_encodes_every_value()
    {
        StoreHostile();
        var result = await Run("report", "--as-of", "2024-11-18", "--format", "html");
        Assert.Equal(0, result.Exit);
        Assert.StartsWith("<!DOCTYPE html>", result.Out, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Times</b>", result.Out, StringComparison.Ordinal);
        Assert.Contains("Harbor &lt;b&gt;Times&lt;/b&gt;", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_briefing_quotes_fields_and_defuses_formulas()
    {
        StoreHostile();
        var path = Path.Combine(Folder, "briefing.csv");
        var result = await Run("report", "--as-of", "2024-11-18", "--format", "csv", "--out", path);
        Assert.Equal(0, result.Exit);
        Assert.Contains($"Wrote {path}: 3 questions as known on 2024-11-18.", result.Out, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("supplier,system,recipient,aspect,status,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // header, HIMARS transfer, ATACMS use, and the general-aid use question the background restriction names
        var himars = lines.Single(l => l.Contains(",HIMARS,", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\") Officials said", himars, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_as_of_an_earlier_date_leaves_out_what_was_published_later()
    {
        StoreHostile();
        var result = await Run("report", "--as-of", "2024-11-12", "--format", "md");
        Assert.Equal(0, result.Exit);
        Assert.Contains("1 questions.", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ATACMS", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_file_that_cannot_be_written_exits_1_with_the_reason()
    {
        StoreHostile();
        var result = await Run("report", "--as-of", "2024-11-18", "--format", "md", "--out", Path.Combine(Folder, "no", "such", "dir", "b.md"));
        Assert.Equal(1, result.Exit);
        Assert.Contains("cannot write", result.Err, StringComparison.Ordinal);
    }
}
