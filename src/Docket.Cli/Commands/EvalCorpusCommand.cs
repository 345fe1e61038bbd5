using System.CommandLine;
using Docket.Domain.Decisions;
using Docket.Cli.Output;
using Docket.Core.Evaluation;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval corpus DIR</c>: scores the default pipeline against a gold corpus folder.</summary>
internal static class EvalCorpusCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("DIR") { Description = "A folder of gold-format *.json files (see ../shared/corpus/GOLD-FORMAT.md)." };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "Also show each document's scores, and every missed, falsely predicted or disagreeing event and prerequisite." };
        var outDir = new Option<string?>("--out") { Description = "Write Docket's output for each document to DIR/<id>.json, with the fields of the gold object." };
        var command = new Command("corpus", "Score Docket against a gold corpus: body tokens, decision events (with date, aspect, certainty and sources agreement) and prerequisites: precision, recall and F1 (micro-averaged).")
        {
            folder,
            json,
            verbose,
            outDir,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"docket eval corpus: no such folder '{dir}'.");
                return 2;
            }

            var report = new CorpusEvaluation().Evaluate(dir);
            if (parse.GetValue(outDir) is { Length: > 0 } target && !WritePredictions(report, target, stderr))
            {
                return 1;
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, ToJson(report, parse.GetValue(verbose)));
            }
            else
            {
                WriteText(stdout, report, parse.GetValue(verbose));
            }

            foreach (var failure in report.Failures)
            {
                stderr.WriteLine($"docket: {failure}");
            }

            return report.Failures.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static object ToJson(CorpusReport report, bool verbose)
    {
        var summary = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["documents"] = report.Documents,
            ["body"] = Prf(report.Body),
        };
        if (report.Entities is { } entities)
        {
            summary["entities"] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["precision"] = Math.Round(entities.Overall.Precision, 4),
                ["recall"] = Math.Round(entities.Overall.Recall, 4),
                ["f1"] = Math.Round(entities.Overall.F1, 4),
            };
        }

        if (report.Events is { } events)
        {
            summary["events"] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["precision"] = Math.Round(events.Precision, 4),
                ["recall"] = Math.Round(events.Recall, 4),
                ["f1"] = Math.Round(events.F1, 4),
                ["date_agreement"] = Math.Round(events.DateAgreement, 4),
                ["aspect_agreement"] = Math.Round(events.AspectAgreement, 4),
                ["certainty_agreement"] = Math.Round(events.CertaintyAgreement, 4),
                ["sources_agreement"] = Math.Round(events.SourcesAgreement, 4),
            };
        }

        if (report.Prerequisites is { } prerequisites)
        {
            summary["prerequisites"] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["precision"] = Math.Round(prerequisites.Precision, 4),
                ["recall"] = Math.Round(prerequisites.Recall, 4),
                ["f1"] = Math.Round(prerequisites.F1, 4),
            };
        }

        if (report.Status is { } status)
        {
            summary["status"] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["accuracy"] = Math.Round(status.Accuracy, 4),
                ["total"] = status.Total,
            };
        }

        if (verbose)
        {
            if (report.Status is { } st)
            {
                summary["status_misses"] = st.Outcomes.Where(o => !o.Correct).Select(o => new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["document"] = o.Document,
                    ["question"] = o.Question.ToString(),
                    ["as_of"] = o.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["expected"] = GoldNames.Of(o.Expected),
                    ["answered"] = o.Predicted is { } a ? GoldNames.Of(a) : null,
                }).ToList();
            }

            summary["per_document"] = report.PerDocument.Select(d => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = d.Id,
                ["path"] = d.Path,
                ["body"] = Prf(d.Body),
                ["failure"] = d.Failure,
            }).ToList();
            summary["failures"] = report.Failures.Select(f => f.ToString()).ToList();
            summary["notes"] = report.Notes.Select(n => new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["document"] = n.Document,
                ["kind"] = n.Kind,
                ["item"] = n.Item,
                ["evidence"] = n.Evidence,
            }).ToList();
        }

        return summary;
    }

    /// <summary>Writes DIR/&lt;id&gt;.json for each processed document; false (and a message) when the
    /// folder cannot be written.</summary>
    private static bool WritePredictions(CorpusReport report, string folder, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (id, gold) in report.Predictions)
            {
                var name = string.Concat(id.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
                File.WriteAllText(Path.Combine(folder, name + ".json"), gold.ToJsonString(JsonOutput.Options) + Environment.NewLine);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"docket eval corpus: cannot write predictions to '{folder}': {ex.Message}");
            return false;
        }
    }

    private static Dictionary<string, double> Prf(CorpusScore score) => new(StringComparer.Ordinal)
    {
        ["precision"] = Math.Round(score.Precision, 4),
        ["recall"] = Math.Round(score.Recall, 4),
        ["f1"] = Math.Round(score.F1, 4),
    };

    private static void WriteText(TextWriter stdout, CorpusReport report, bool verbose)
    {
        if (verbose)
        {
            foreach (var d in report.PerDocument)
            {
                var failed = d.Failure is null ? string.Empty : $"  FAILED: {d.Failure}";
                stdout.WriteLine($"{d.Id,-24} body P {d.Body.Precision:0.000}  R {d.Body.Recall:0.000}  F1 {d.Body.F1:0.000}{failed}");
            }

            stdout.WriteLine();
        }

        stdout.WriteLine($"documents: {report.Documents}");
        stdout.WriteLine($"body (tokens, micro): precision {report.Body.Precision:0.0000}  recall {report.Body.Recall:0.0000}  F1 {report.Body.F1:0.0000}");
        if (report.Entities is { } en)
        {
            stdout.WriteLine($"entities: precision {en.Overall.Precision:0.0000}  recall {en.Overall.Recall:0.0000}  F1 {en.Overall.F1:0.0000}");
        }

        if (report.Events is { } e)
        {
            stdout.WriteLine($"events: precision {e.Precision:0.0000}  recall {e.Recall:0.0000}  F1 {e.F1:0.0000}  ({e.Matched} of {e.Gold} gold, {e.Predicted} predicted)");
            stdout.WriteLine($"  among matched: date {e.DateAgreement:0.000}  aspect {e.AspectAgreement:0.000}  certainty {e.CertaintyAgreement:0.000}  sources {e.SourcesAgreement:0.000}");
        }

        if (report.Prerequisites is { } p)
        {
            stdout.WriteLine($"prerequisites: precision {p.Precision:0.0000}  recall {p.Recall:0.0000}  F1 {p.F1:0.0000}  ({p.Matched} of {p.Gold} gold, {p.Predicted} predicted)");
        }

        if (report.Status is { } sm)
        {
            stdout.WriteLine($"status: accuracy {sm.Accuracy:0.0000}  ({sm.Correct} of {sm.Total} gold entries)");
            if (verbose)
            {
                foreach (var o in sm.Outcomes.Where(o => !o.Correct))
                {
                    stdout.WriteLine($"  {o.Document}: {o.Question} as of {o.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "now"}: expected {GoldNames.Of(o.Expected)}, answered {(o.Predicted is { } a ? GoldNames.Of(a) : "no state")}");
                }
            }
        }

        if (verbose && report.Notes.Count > 0)
        {
            stdout.WriteLine();
            foreach (var n in report.Notes)
            {
                stdout.WriteLine($"{n.Document} {n.Kind}: {n.Item}");
                stdout.WriteLine($"    | {n.Evidence}");
            }
        }
    }
}
