using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Docket.Core.Cleaning.Html;
using Docket.Core.Evaluation;

namespace Docket.Benchmarks;

/// <summary>
/// <c>bench/run extraction [BENCHMARK_DIR]</c>: Docket's HTML extraction and Mozilla
/// Readability.js on the same 181 pages in the same run. Both are timed the way the peer
/// scripts time themselves (read each file, decompress, extract, write one JSON result, one
/// page at a time, one process); both outputs are scored with Docket's re-implementation of
/// the benchmark metric. When node or npm are missing or fail, it says why and still prints
/// Docket's numbers.
/// <para>Tools for working on the extractor: <c>bench/run extraction explain DIR [ID_PREFIX
/// [BLOCK]]</c> (every block of one page with its decision, or per-page scores without a
/// prefix), <c>phases DIR</c> (CPU time per phase) and <c>metadata DIR</c> (metadata per page).</para>
/// </summary>
internal static class ExtractionComparison
{
    private const int DocketRepeats = 3;

    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "explain":
                return ExtractionExplain.Run(args[1..]);
            case "phases":
                return ExtractionPhaseTimer.Run(args[1..]);
            case "metadata":
                return ExtractionMetadataDump.Run(args[1..]);
            default:
                return Compare(args);
        }
    }

    private static int Compare(string[] args)
    {
        var shared = Peers.Shared(args);
        var positional = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && Peers.Option(args, "--shared") != a && Peers.Option(args, "--peers") != a);
        var dir = positional ?? (shared is null ? null : Path.Combine(shared, "benchmarks", "article-extraction-benchmark"));
        if (dir is null)
        {
            Console.Error.WriteLine("extraction: ../shared is not beside the repository; pass the benchmark folder or --shared DIR.");
            return 2;
        }

        var loaded = ExtractionBenchmark.Load(dir);
        if (!loaded.TryGetValue(out var benchmark))
        {
            Console.Error.WriteLine($"extraction: {loaded.Failure}");
            return 2;
        }

        var htmlDir = Path.Combine(dir, "html");
        var files = Directory.EnumerateFiles(htmlDir, "*.html.gz").Order(StringComparer.Ordinal).ToList();
        var work = Directory.CreateTempSubdirectory("docket-extraction-bench-");
        Console.WriteLine($"pages: {files.Count} from {htmlDir}");

        // Docket: one cold pass (JIT included), then warm passes; the median warm pass is reported.
        var extractor = new HtmlArticleExtractor();
        var docketOut = Directory.CreateDirectory(Path.Combine(work.FullName, "docket")).FullName;
        var cold = TimeDocket(extractor, files, docketOut);
        var warm = new List<double>();
        for (var i = 0; i < DocketRepeats; i++)
        {
            warm.Add(TimeDocket(extractor, files, docketOut));
        }

        warm.Sort();
        var docketRate = files.Count / warm[warm.Count / 2];
        var docketScore = benchmark.Score(ReadTexts(docketOut));
        Console.WriteLine(Line("docket", files.Count / cold, docketRate, docketScore));

        var installed = Peers.Installed(args);
        if (installed is null)
        {
            Console.WriteLine("readability-js: not run (no installed peers copy: run through bench/run extraction); Docket's numbers stand alone.");
            return 0;
        }

        var peerOut = Path.Combine(work.FullName, "readability-js");
        var peer = Peers.Run("node", Path.Combine(installed, "extract-readability-js.mjs"), htmlDir, peerOut);
        if (peer is null)
        {
            Console.WriteLine("readability-js: failed (see above); Docket's numbers stand alone.");
            return 0;
        }

        var peerScore = benchmark.Score(ReadTexts(peerOut));
        Console.WriteLine(Line("readability-js", null, peer.DocsPerSecond, peerScore));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput ratio docket / readability-js: {docketRate / peer.DocsPerSecond:0.0}x warm, {files.Count / cold / peer.DocsPerSecond:0.0}x on docket's first (JIT) pass; readability-js runs one pass"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"F1 docket {docketScore.F1:0.000} vs readability-js {peerScore.F1:0.000} (published readability_js 0.947)"));
        Summary.Ratio("extraction", "pages/s (warm)", "readability-js", docketRate, peer.DocsPerSecond);
        Summary.Ratio("extraction", "pages/s (docket first pass)", "readability-js", files.Count / cold, peer.DocsPerSecond);
        Summary.Ratio("extraction", "F1", "readability-js", docketScore.F1, peerScore.F1);
        return 0;
    }

    private static string Line(string tool, double? coldRate, double rate, ExtractionScore s)
    {
        var coldText = coldRate is { } c ? string.Create(CultureInfo.InvariantCulture, $" (first pass {c:0.0})") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{tool,-15} {rate,8:0.0} pages/s{coldText}  F1 {s.F1:0.000}  P {s.Precision:0.000}  R {s.Recall:0.000}  acc {s.Accuracy:0.000}");
    }

    private static double TimeDocket(HtmlArticleExtractor extractor, List<string> files, string outDir)
    {
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var id = Path.GetFileName(file)[..^".html.gz".Length];
            var text = extractor.Extract(ExtractionBenchmark.ReadPage(file)).Body;
            File.WriteAllText(Path.Combine(outDir, id + ".json"), JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text }));
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static Dictionary<string, string> ReadTexts(string outDir)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outDir, "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            if (doc.RootElement.TryGetProperty("id", out var id) && doc.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                texts[id.GetString()!] = text.GetString()!;
            }
        }

        return texts;
    }
}
