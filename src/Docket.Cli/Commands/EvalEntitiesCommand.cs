using System.CommandLine;
using System.Globalization;
using Docket.Cli.Output;
using Docket.Core.Analysis.Entities;
using Docket.Core.Evaluation;
using Docket.Domain.Analysis;

namespace Docket.Cli.Commands;

/// <summary><c>docket eval entities DIR --format re3d|conll [--json]</c>: span precision, recall and F1 of the
/// entity recognizer on a public NER benchmark, per type, exact and overlapping.</summary>
internal static class EvalEntitiesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("DIR") { Description = "The benchmark: a re3d folder, or a CoNLL file or folder (wikigold)." };
        var format = new Option<string>("--format")
        {
            Description = "Gold format: re3d (Dstl re3d JSON lines) or conll (token TAG lines, IO or BIO tags).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("re3d", "conll");
        var json = CommonOptions.Json();
        var command = new Command("entities", "Score named-entity spans against re3d or a CoNLL set (PERSON, ORG, GPE, SYSTEM; exact and overlapping).")
        {
            path,
            format,
            json,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(path)!;
            var nerFormat = parse.GetValue(format) == "re3d" ? NerFormat.Re3d : NerFormat.Conll;
            var read = NerCorpusReader.Read(dir, nerFormat);
            if (!read.TryGetValue(out var documents))
            {
                stderr.WriteLine($"docket: {read.Failure}");
                return 1;
            }

            // Load the gazetteer before timing, so the rate is the recognizer's, not the loader's.
            _ = EntityRecognizer.Default.Recognize("Warm-up in Kyiv.");
            var result = EntityBenchmark.Run(documents, nerFormat, TimeProvider.System);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(stdout, ToJson(dir, nerFormat, result));
            }
            else
            {
                WriteTable(stdout, dir, nerFormat, result);
            }

            return 0;
        });
        return command;
    }

    private static void WriteTable(TextWriter o, string dir, NerFormat format, EntityBenchmarkResult r)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(ci, $"entities on {dir} ({format.ToString().ToLowerInvariant()}): {r.Documents} documents, {r.Seconds:0.00} s, {r.DocumentsPerSecond:0} docs/s"));
        o.WriteLine("type      exact  P      R      F1     overlap P      R      F1     gold");
        foreach (var type in EntityBenchmark.Types(format))
        {
            Row(o, Label(type), r.Score.ExactByType[type], r.Score.OverlapByType[type]);
        }

        Row(o, "ALL", r.Score.Exact, r.Score.Overlap);
        Row(o, "untyped", r.Score.UntypedExact, r.Score.UntypedOverlap);
    }

    private static void Row(TextWriter o, string label, PrecisionRecall exact, PrecisionRecall overlap) =>
        o.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-9} {"",6} {exact.Precision,-6:0.000} {exact.Recall,-6:0.000} {exact.F1,-6:0.000} {"",8} {overlap.Precision,-6:0.000} {overlap.Recall,-6:0.000} {overlap.F1,-6:0.000} {exact.TruePositives + exact.FalseNegatives}"));

    private static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        _ => "SYSTEM",
    };

    private static object ToJson(string dir, NerFormat format, EntityBenchmarkResult r) => new
    {
        Benchmark = dir,
        Format = format.ToString().ToLowerInvariant(),
        r.Documents,
        r.Seconds,
        DocsPerSecond = r.DocumentsPerSecond,
        Exact = Scores(r.Score.Exact, r.Score.ExactByType),
        Overlap = Scores(r.Score.Overlap, r.Score.OverlapByType),
        UntypedExact = Score(r.Score.UntypedExact),
        UntypedOverlap = Score(r.Score.UntypedOverlap),
    };

    private static object Scores(PrecisionRecall overall, IReadOnlyDictionary<EntityType, PrecisionRecall> byType) => new
    {
        Overall = Score(overall),
        ByType = byType.ToDictionary(kv => Label(kv.Key), kv => Score(kv.Value), StringComparer.Ordinal),
    };

    private static object Score(PrecisionRecall p) => new
    {
        p.Precision,
        p.Recall,
        p.F1,
        p.TruePositives,
        p.FalsePositives,
        p.FalseNegatives,
    };
}
