using System.CommandLine;
using Docket.Cli.Output;
using Docket.Core.Evaluation.Attribution;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval attribution DIR</c>: scores attribution extraction on a PolNeAR split.</summary>
internal static class EvalAttributionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "A PolNeAR split folder holding text/ and attributions/ (e.g. ../shared/benchmarks/polnear-attribution/dev)." };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "Also list each disagreement with the gold (misses, extras, wrong sources, wrong contents)." };
        var command = new Command("attribution", "Score source, cue and content spans of attributions against PolNeAR (exact and overlap F1).")
        {
            dir,
            json,
            verbose,
        };
        command.SetAction(parse =>
        {
            var corpus = PolnearCorpus.Read(parse.GetValue(dir)!);
            if (!corpus.TryGetValue(out var documents))
            {
                stderr.WriteLine($"docket: {corpus.Failure}");
                return 1;
            }

            var diagnostics = parse.GetValue(verbose) ? new List<AttributionDiagnostic>() : null;
            var s = AttributionEvaluation.Score(documents, diagnostics);
            if (diagnostics is not null)
            {
                foreach (var d in diagnostics)
                {
                    stdout.WriteLine($"{d.Kind,-8}{d.Document}\n  gold: {d.Gold}\n  pred: {d.Predicted} ({d.Rule})");
                }
            }

            var report = new
            {
                s.Documents,
                Sentences = s.Sentences,
                s.GoldRelations,
                s.PredictedRelations,
                SourceF1 = Round(s.SourceExact.F1),
                CueF1 = Round(s.CueExact.F1),
                ContentF1 = Round(s.ContentExact.F1),
                SourceOverlapF1 = Round(s.SourceOverlap.F1),
                CueOverlapF1 = Round(s.CueOverlap.F1),
                ContentOverlapF1 = Round(s.ContentOverlap.F1),
                SourceOverlapPrecision = Round(s.SourceOverlap.Precision),
                SourceOverlapRecall = Round(s.SourceOverlap.Recall),
                CueOverlapPrecision = Round(s.CueOverlap.Precision),
                CueOverlapRecall = Round(s.CueOverlap.Recall),
                ContentOverlapPrecision = Round(s.ContentOverlap.Precision),
                ContentOverlapRecall = Round(s.ContentOverlap.Recall),
                SentencesPerSecond = Math.Round(s.SentencesPerSecond),
            };
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, report);
            }
            else
            {
                stdout.WriteLine($"{s.Documents} documents, {s.GoldRelations} gold and {s.PredictedRelations} predicted relations");
                stdout.WriteLine($"source  exact F1 {report.SourceF1:0.000}  overlap F1 {report.SourceOverlapF1:0.000} (P {report.SourceOverlapPrecision:0.000} R {report.SourceOverlapRecall:0.000})");
                stdout.WriteLine($"cue     exact F1 {report.CueF1:0.000}  overlap F1 {report.CueOverlapF1:0.000} (P {report.CueOverlapPrecision:0.000} R {report.CueOverlapRecall:0.000})");
                stdout.WriteLine($"content exact F1 {report.ContentF1:0.000}  overlap F1 {report.ContentOverlapF1:0.000} (P {report.ContentOverlapPrecision:0.000} R {report.ContentOverlapRecall:0.000})");
                stdout.WriteLine($"{report.SentencesPerSecond} sentences per second");
            }

            return 0;
        });
        return command;
    }

    private static double Round(double v) => Math.Round(v, 4);
}
