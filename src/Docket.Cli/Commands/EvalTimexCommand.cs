using System.CommandLine;
using System.Globalization;
using Docket.Cli.Output;
using Docket.Core.Analysis.Time;
using Docket.Core.Evaluation.Timex;

namespace Docket.Cli.Commands;

/// <summary>
/// <c>docket eval timex DIR</c>: scores the time-expression recognizer on TimeML gold files
/// (TempEval-3 Task A: strict and relaxed extent F1, value F1, type accuracy) and measures its speed.
/// </summary>
internal static class EvalTimexCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("DIR") { Description = "A folder of gold TimeML .tml files (e.g. ../shared/benchmarks/tempeval3/te3-platinum)." };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "List every miss, false alarm and wrong value or type." };
        var command = new Command("timex", "Score time-expression recognition and normalization on TimeML gold files (TempEval-3 Task A).")
        {
            dir,
            json,
            verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(json), parse.GetValue(verbose), stdout, stderr));
        return command;
    }

    private static int Run(string dir, bool json, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"docket eval timex: '{dir}' is not a folder; give a folder of TimeML .tml gold files (e.g. ../shared/benchmarks/tempeval3/te3-platinum).");
            return 2;
        }

        var (documents, failures) = TimexEvaluation.ReadFolder(dir);
        foreach (var f in failures)
        {
            stderr.WriteLine($"docket eval timex: skipped {f}");
        }

        if (documents.Count == 0)
        {
            stderr.WriteLine($"docket eval timex: no readable .tml files in '{dir}'; it should hold TimeML gold files with TIMEX3 annotations.");
            return 2;
        }

        var recognizer = new TimeExpressionRecognizer();
        var score = TimexEvaluation.Score(recognizer, documents);
        var docsPerSecond = MeasureSpeed(recognizer, documents);
        var result = new TimexEvalResult(
            documents.Count,
            Round(score.StrictF1),
            Round(score.RelaxedF1),
            Round(score.ValueF1),
            Round(score.TypeAccuracy),
            Math.Round(docsPerSecond, 1));

        if (json)
        {
            JsonOutput.Write(stdout, result);
        }
        else
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {result.Documents}, gold {score.Gold}, system {score.System}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict   P {score.StrictPrecision:F3} R {score.StrictRecall:F3} F1 {score.StrictF1:F3}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relaxed  P {score.RelaxedPrecision:F3} R {score.RelaxedRecall:F3} F1 {score.RelaxedF1:F3}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value    P {score.ValuePrecision:F3} R {score.ValueRecall:F3} F1 {score.ValueF1:F3}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type accuracy {score.TypeAccuracy:F3}; {docsPerSecond:F0} docs/s"));
        }

        if (verbose)
        {
            var w = json ? stderr : stdout;
            foreach (var e in score.Errors)
            {
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Kind,-11} {e.DocumentId}@{e.Start}: \"{e.Surface}\" gold {e.GoldType ?? "-"} {e.GoldValue ?? "-"} | docket {e.SystemType ?? "-"} {e.SystemValue ?? "-"}"));
            }
        }

        return 0;
    }

    // Recognition only (files already read): passes for half a second so the JIT optimises the hot code,
    // then the best of five passes, so that a busy machine disturbs the figure as little as possible.
    private static double MeasureSpeed(TimeExpressionRecognizer recognizer, IReadOnlyList<TimeMLDocument> documents)
    {
        var clock = TimeProvider.System;
        var anchors = documents.Select(TimexEvaluation.AnchorOf).ToList();
        double Pass()
        {
            var start = clock.GetTimestamp();
            for (var i = 0; i < documents.Count; i++)
            {
                _ = recognizer.Recognize(documents[i].Text, anchors[i]);
            }

            return documents.Count / clock.GetElapsedTime(start).TotalSeconds;
        }

        var warmUp = clock.GetTimestamp();
        while (clock.GetElapsedTime(warmUp).TotalSeconds < 0.5)
        {
            Pass();
        }

        return Enumerable.Range(0, 5).Select(_ => Pass()).Max();
    }

    private static double Round(double x) => Math.Round(x, 4);

    private sealed record TimexEvalResult(
        int Documents,
        double StrictF1,
        double RelaxedF1,
        double ValueF1,
        double TypeAccuracy,
        double DocsPerSecond);
}
