using System.CommandLine;
using System.Globalization;
using Docket.Cli.Output;
using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket eval extraction DIR</c>: runs Docket's HTML article extraction on the article
/// extraction benchmark in DIR (html/*.html.gz + ground-truth.json) and scores it with the
/// benchmark's shingle metric; <c>--peers</c> scores the published tools' outputs in
/// DIR/output with the same scorer.
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "The benchmark folder (html/*.html.gz and ground-truth.json)." };
        var json = CommonOptions.Json();
        var outDir = new Option<string?>("--out") { Description = "Write each page's extracted text to OUT/<id>.json as {\"id\",\"text\"}." };
        var peers = new Option<bool>("--peers") { Description = "Also score the published tools' outputs in DIR/output with the same scorer." };
        var perPage = new Option<bool>("--per-page") { Description = "Print each page's precision, recall and F1, worst first." };
        var command = new Command("extraction", "Score Docket's HTML main-text extraction on the article extraction benchmark (F1 of word 4-gram shingles).")
        {
            dir, json, outDir, peers, perPage,
        };
        command.SetAction(parse => Run(
            parse.GetValue(dir)!, parse.GetValue(json), parse.GetValue(outDir), parse.GetValue(peers), parse.GetValue(perPage), stdout, stderr));
        return command;
    }

    private static int Run(string dir, bool json, string? outDir, bool peers, bool perPage, TextWriter stdout, TextWriter stderr)
    {
        var loaded = ExtractionBenchmark.Load(dir);
        if (!loaded.TryGetValue(out var benchmark))
        {
            stderr.WriteLine($"docket eval extraction: {loaded.Failure}");
            return 2;
        }

        var run = ExtractionBenchmarkRun.Execute(benchmark, new HtmlArticleExtractor(), TimeProvider.System);
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            foreach (var (id, text) in run.Texts)
            {
                using var writer = new StreamWriter(Path.Combine(outDir, id + ".json"));
                JsonOutput.Write(writer, new PageText(id, text));
            }
        }

        var peerScores = new List<PeerScore>();
        if (peers)
        {
            var predictions = benchmark.LoadPeerPredictions();
            if (!predictions.TryGetValue(out var tools))
            {
                stderr.WriteLine($"docket eval extraction: {predictions.Failure}");
                return 2;
            }

            foreach (var tool in tools)
            {
                var s = benchmark.Score(tool.Texts);
                peerScores.Add(new PeerScore(tool.Tool, tool.Version, Round(s.Precision), Round(s.Recall), Round(s.F1), Round(s.Accuracy)));
            }

            peerScores.Sort((a, b) => b.F1.CompareTo(a.F1));
        }

        var score = run.Score;
        var summary = new Summary(score.Documents, Round(score.Precision), Round(score.Recall), Round(score.F1), Round(score.Accuracy), Math.Round(run.DocumentsPerSecond, 1));
        if (json)
        {
            if (peers)
            {
                JsonOutput.Write(stdout, new SummaryWithPeers(summary.Documents, summary.Precision, summary.Recall, summary.F1, summary.Accuracy, summary.DocsPerSecond, peerScores));
            }
            else
            {
                JsonOutput.Write(stdout, summary);
            }
        }
        else
        {
            stdout.WriteLine(FormattableString.Invariant($"docket extraction on {score.Documents} pages: F1 {score.F1:0.000}  precision {score.Precision:0.000}  recall {score.Recall:0.000}  accuracy {score.Accuracy:0.000}  ({run.DocumentsPerSecond:0.0} pages/s)"));
            if (peers)
            {
                stdout.WriteLine("published outputs, same scorer:");
                stdout.WriteLine("  tool                 F1     P      R      acc");
                foreach (var p in peerScores)
                {
                    stdout.WriteLine(FormattableString.Invariant($"  {p.Tool,-20} {p.F1:0.000}  {p.Precision:0.000}  {p.Recall:0.000}  {p.Accuracy:0.000}"));
                }
            }
        }

        if (perPage)
        {
            var writer = json ? stderr : stdout;
            foreach (var page in score.PerDocument.OrderBy(p => p.Score.F1).ThenBy(p => p.Id, StringComparer.Ordinal))
            {
                var url = benchmark.Pages.First(x => x.Id == page.Id).Url;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Score.F1:0.000}  P {page.Score.Precision ?? 0:0.000}  R {page.Score.Recall:0.000}  {page.Id[..12]}  {url}"));
            }
        }

        return 0;
    }

    private static double Round(double value) => Math.Round(value, 4);

    private sealed record PageText(string Id, string Text);

    private sealed record Summary(int Documents, double Precision, double Recall, double F1, double Accuracy, double DocsPerSecond);

    private sealed record SummaryWithPeers(int Documents, double Precision, double Recall, double F1, double Accuracy, double DocsPerSecond, IReadOnlyList<PeerScore> Peers);

    private sealed record PeerScore(string Tool, string? Version, double Precision, double Recall, double F1, double Accuracy);
}
