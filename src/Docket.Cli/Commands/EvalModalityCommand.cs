using System.CommandLine;
using Docket.Cli.Output;
using Docket.Core.Evaluation.Modality;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval modality DIR</c>: agreement of negation, hedge and future cues with MEANTIME event factuality.</summary>
internal static class EvalModalityCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "A folder of MEANTIME CAT XML files (e.g. ../shared/benchmarks/meantime-english/intra-doc_annotation)." };
        var json = CommonOptions.Json();
        var command = new Command("modality", "Score negation, hedging and future cues against MEANTIME event polarity, certainty and time.")
        {
            dir,
            json,
        };
        command.SetAction(parse =>
        {
            var corpus = MeantimeCorpus.Read(parse.GetValue(dir)!);
            if (!corpus.TryGetValue(out var documents))
            {
                stderr.WriteLine($"docket: {corpus.Failure}");
                return 1;
            }

            var s = ModalityAgreement.Score(documents);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, new
                {
                    s.Documents,
                    s.Events,
                    Polarity = Report(s.Polarity),
                    Certainty = Report(s.Certainty),
                    Time = Report(s.Time),
                    SentencesPerSecond = Math.Round(s.SentencesPerSecond),
                });
            }
            else
            {
                stdout.WriteLine($"{s.Documents} documents, {s.Events} event mentions");
                foreach (var (name, a) in new[] { ("polarity", s.Polarity), ("certainty", s.Certainty), ("time", s.Time) })
                {
                    stdout.WriteLine($"{name,-10} n={a.Mentions,5}  accuracy {a.Accuracy:0.000} (majority {a.MajorityBaseline:0.000})  {a.Marked}: P {a.Precision:0.000} R {a.Recall:0.000} F1 {a.F1:0.000} (gold {a.GoldMarked}, predicted {a.PredictedMarked})");
                }

                stdout.WriteLine($"{Math.Round(s.SentencesPerSecond)} sentences per second");
            }

            return 0;
        });
        return command;
    }

    private static object Report(AttributeAgreement a) => new
    {
        a.Marked,
        a.Mentions,
        Accuracy = Math.Round(a.Accuracy, 4),
        MajorityBaseline = Math.Round(a.MajorityBaseline, 4),
        Precision = Math.Round(a.Precision, 4),
        Recall = Math.Round(a.Recall, 4),
        F1 = Math.Round(a.F1, 4),
        a.GoldMarked,
        a.PredictedMarked,
    };
}
