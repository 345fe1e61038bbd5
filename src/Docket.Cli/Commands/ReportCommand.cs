using System.CommandLine;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Core.Reconcile.Reports;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket report --as-of DATE [--since DATE] --format md|html|csv [--out FILE]</c>: a briefing
/// of every decision question as known on the as-of date: its status, the changes since a date,
/// and the evidence with its sources (renderers of <c>Reconcile/Reports</c>). All three formats
/// escape article text: Markdown escapes markup, HTML encodes every value, and CSV quotes per
/// RFC 4180 and prefixes an apostrophe to any cell a spreadsheet would run as a formula (one that
/// starts with = + - @). Exit 1 when the output file cannot be written.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(stdout, stderr, TimeProvider.System);

    /// <summary>The command with the clock that dates the briefing ("Generated ...").</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var asOf = DateOptions.AsOf(required: true);
        var since = DateOptions.Create(
            "--since",
            $"Also list the status changes that took effect, or were first reported, on or after this date. {DateOptions.Format}.",
            required: false);
        var format = new Option<string>("--format")
        {
            Description = "md (Markdown), html (one self-contained page) or csv (one row per question; cells a spreadsheet would "
                + "run as a formula, starting with = + - @, get a leading apostrophe).",
            HelpName = "md|html|csv",
            Required = true,
        };
        format.AcceptOnlyFromAmong("md", "html", "csv");
        var output = new Option<string?>("--out") { Description = "Write the briefing to this file instead of standard output.", HelpName = "FILE" };
        var db = CommonOptions.Database();
        var command = new Command(
            "report",
            "Write a briefing of every decision question as known on the --as-of date: status, changes since --since, and evidence with sources.")
        {
            asOf, since, format, output, db,
        };
        command.SetAction(parse =>
        {
            using var store = StoreAccess.OpenExisting(parse.GetValue(db)!, "report", stderr);
            if (store is null)
            {
                return 2;
            }

            var knownBy = DateOptions.Value(parse, asOf);
            ReportRenderer.TryParseFormat(parse.GetValue(format), out var reportFormat);
            var timelines = new StatusQueries(store, StatusReconciler.Default).Timelines(QuestionFilter.All, knownBy);
            var briefing = Briefing.Build(timelines, new BriefingOptions
            {
                AsOf = knownBy,
                ChangesSince = DateOptions.Value(parse, since),
                GeneratedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            });
            var text = ReportRenderer.Render(briefing, reportFormat);
            if (parse.GetValue(output) is not { } path)
            {
                stdout.Write(text);
                return 0;
            }

            try
            {
                File.WriteAllText(path, text);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"docket report: cannot write {path}: {ex.Message}");
                return 1;
            }

            stdout.WriteLine($"Wrote {path}: {briefing.Entries.Count} questions as known on {briefing.AsOf}.");
            return 0;
        });
        return command;
    }
}
