using System.CommandLine;
using System.Globalization;
using Docket.Cli.Ingestion;
using Docket.Cli.Output;
using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Storage;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket ingest PATH|URL|- ...</c>: reads articles, runs the pipeline and stores them in
/// batches. Exit 0 when every input went in, 1 when some failed, 2 on usage errors.
/// </summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders (read recursively), URLs, or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "PATH|URL|-",
        };
        UnknownOptions.RejectIn(inputs);
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("ingest", "Read articles, analyze them and store them in the database (the same article twice is stored once).")
        {
            inputs, db, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var names = parse.GetValue(inputs) ?? [];
            if (names.Length == 0)
            {
                await stderr.WriteLineAsync("docket ingest: name at least one input: a file, a folder, a URL, or - for standard input (e.g. 'docket ingest samples/articles').").ConfigureAwait(false);
                return 2;
            }

            var dbPath = parse.GetValue(db)!;
            using var store = StoreAccess.OpenOrCreate(dbPath, "ingest", stderr);
            if (store is null)
            {
                return 2;
            }

            var asJson = parse.GetValue(json);
            var report = await RunAsync(store, names, asJson ? null : stderr, cancellationToken).ConfigureAwait(false);
            if (asJson)
            {
                WriteJson(stdout, report);
            }
            else
            {
                WriteSummary(stdout, stderr, report, dbPath);
            }

            return report.AllStored ? 0 : 1;
        });
        return command;
    }

    /// <summary>Ingests <paramref name="inputs"/> into <paramref name="store"/>, with a progress
    /// display on <paramref name="progressTo"/> when it is a terminal.</summary>
    public static Task<IngestReport> RunAsync(IArticleStore store, IReadOnlyList<string> inputs, TextWriter? progressTo, CancellationToken cancellationToken)
    {
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        var run = new IngestRun(pipeline, new InputReader(), store);
        return progressTo is not null && IngestProgress.IsAvailable(progressTo)
            ? IngestProgress.RunAsync(update => run.RunAsync(inputs, update, cancellationToken))
            : run.RunAsync(inputs, null, cancellationToken);
    }

    public static void WriteSummary(TextWriter stdout, TextWriter stderr, IngestReport report, string dbPath)
    {
        var t = report.Tally;
        var seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        var rate = (t.Added + t.Duplicates + t.Failed) / seconds;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ingested into {dbPath}: {t.Added} added, {t.Duplicates} {Plural(t.Duplicates, "duplicate")}, {t.Failed} failed ({report.Elapsed.TotalSeconds:F1} s, {(rate < 10 ? rate.ToString("F1", CultureInfo.InvariantCulture) : rate.ToString("F0", CultureInfo.InvariantCulture))} documents/s)."));
        if (report.JoinedStoryGroups > 0)
        {
            stdout.WriteLine($"{report.JoinedStoryGroups} added {Plural(report.JoinedStoryGroups, "article")} joined the story group of a near-duplicate already stored (syndicated copy or reprint).");
        }

        if (report.Failures.Count > 0)
        {
            stdout.WriteLine("Failed:");
            foreach (var f in report.Failures)
            {
                stdout.WriteLine($"  {f.Input}: {f.Reason}");
            }
        }

        if (report.StoreError is not null)
        {
            stderr.WriteLine($"docket ingest: the database stopped accepting articles: {report.StoreError}. Earlier batches are kept; fix the problem and run the same command again to resume.");
        }

        if (report.Interrupted)
        {
            stderr.WriteLine("docket ingest: interrupted. Stored batches are kept; run the same command again to resume.");
        }
    }

    public static void WriteJson(TextWriter stdout, IngestReport report) =>
        JsonOutput.Write(stdout, new IngestJson(
            report.Tally.Added,
            report.Tally.Duplicates,
            report.Tally.Failed,
            [.. report.Failures.Select(f => new FailureJson(f.Input, f.Reason))]));

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    private sealed record IngestJson(int Added, int Duplicates, int Failed, IReadOnlyList<FailureJson> Failures);

    private sealed record FailureJson(string Input, string Reason);
}
