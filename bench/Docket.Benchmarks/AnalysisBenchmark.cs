using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Core.Ingest;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;

namespace Docket.Benchmarks;

/// <summary>
/// <c>bench/run analysis</c>: the whole default pipeline (cleaning and every analysis stage, as
/// <c>docket ingest</c> runs it) on one thread over ../shared/benchmarks/ukraine-war-news-2022/articles.jsonl.
/// Reports sentences and articles per second, the time and allocation of each stage, the live heap after every
/// 200 articles with its slope (memory must stay flat across a corpus), and the peers of ../shared/peers on the
/// same articles: compromise and wink-nlp (entities, the articles as .txt) and chrono-node and dateparser (date
/// expressions, the articles as JSON Lines with their publication dates), with Docket's ratio to each.
/// Usage: analysis [--articles N] [--peers DIR] [--shared DIR] [--no-peers]
/// </summary>
internal static class AnalysisBenchmark
{
    private const int MemoryEvery = 200;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var shared = Peers.Shared(args);
        var corpus = shared is null ? null : Path.Combine(shared, "benchmarks", "ukraine-war-news-2022", "articles.jsonl");
        if (corpus is null || !File.Exists(corpus))
        {
            Console.Error.WriteLine("analysis: ../shared/benchmarks/ukraine-war-news-2022/articles.jsonl not found; pass --shared DIR.");
            return 2;
        }

        var documents = Read(corpus, Peers.IntOption(args, "--articles", int.MaxValue));
        var pipeline = new DocketPipelineBuilder().UseDefaults().Build();
        Console.WriteLine(string.Create(Inv, $"analysis: {documents.Count} articles of ukraine-war-news-2022 ({documents.Sum(d => (long)d.Content.Length) / 1024} Ki characters), one thread, Server GC {System.Runtime.GCSettings.IsServerGC}"));
        Console.WriteLine($"pipeline: {string.Join(" > ", pipeline.Stages.Select(s => s.Name))}");

        // Pass 1, cold (JIT included): the live heap after every 200 articles, measured outside the timed work.
        var (coldSeconds, sentences, heap, failed) = ColdPassWithMemory(pipeline, documents);
        if (failed > 0)
        {
            Console.WriteLine($"  {failed} articles failed in the pipeline (counted in the time, not in the sentences)");
        }

        // Passes 2-4, warm: the whole pipeline as ingest calls it; best of three (the machine is shared).
        var warm = Enumerable.Range(0, 3).Select(_ => WholePass(pipeline, documents)).MinBy(p => p.Seconds)!;

        // Pass 5: the same stages run one by one, as DocketPipeline.Process runs them, each timed alone.
        var stages = StagePass(pipeline, documents);

        Console.WriteLine();
        Console.WriteLine(string.Create(Inv, $"whole analysis: {documents.Count} articles, {sentences} sentences ({(double)sentences / documents.Count:0.0} per article)"));
        Console.WriteLine(string.Create(Inv, $"  cold first pass : {coldSeconds,7:0.000} s  {sentences / coldSeconds,8:0} sentences/s  {documents.Count / coldSeconds,7:0} articles/s"));
        Console.WriteLine(string.Create(Inv, $"  warm, best of 3 : {warm.Seconds,7:0.000} s  {sentences / warm.Seconds,8:0} sentences/s  {documents.Count / warm.Seconds,7:0} articles/s   (target 2,000 sentences/s, goal 5,000)"));
        Console.WriteLine(string.Create(Inv, $"  allocation      : {warm.AllocatedBytes / (double)documents.Count / 1024,7:0.0} KiB per article, {warm.AllocatedBytes / (double)sentences / 1024:0.0} KiB per sentence; gen0/1/2 collections {warm.Collections}"));

        Console.WriteLine();
        Console.WriteLine("per stage (warm pass, stages run one by one):");
        Console.WriteLine("  stage                    seconds   share  µs/article   sentences/s  KiB alloc/article");
        var total = stages.Sum(s => s.Seconds);
        foreach (var s in stages)
        {
            Console.WriteLine(string.Create(Inv, $"  {s.Name,-22} {s.Seconds,9:0.000} {s.Seconds / total,7:P1} {s.Seconds * 1e6 / documents.Count,11:0.0} {sentences / s.Seconds,13:0} {s.AllocatedBytes / (double)documents.Count / 1024,18:0.0}"));
        }

        Console.WriteLine(string.Create(Inv, $"  {"(sum)",-22} {total,9:0.000} {1,7:P1} {total * 1e6 / documents.Count,11:0.0} {sentences / total,13:0} {stages.Sum(s => s.AllocatedBytes) / (double)documents.Count / 1024,18:0.0}"));

        Console.WriteLine();
        PrintMemory(heap);

        var peerFolder = args.Contains("--no-peers") ? null : Peers.Installed(args);
        if (peerFolder is null)
        {
            Console.WriteLine();
            Console.WriteLine("peers: not run (pass --peers DIR with an installed copy of ../shared/peers; bench/run analysis does this)");
            return 0;
        }

        ComparePeers(peerFolder, documents, sentences, warm.Seconds, coldSeconds, stages);
        return 0;
    }

    private sealed record PassResult(double Seconds, long AllocatedBytes, string Collections);

    private sealed record StageTime(string Name, double Seconds, long AllocatedBytes);

    private static List<RawDocument> Read(string path, int limit)
    {
        using var reader = new InputReader();
        var list = new List<RawDocument>();
        foreach (var outcome in reader.ReadAsync([path]).ToBlockingEnumerable())
        {
            if (list.Count >= limit)
            {
                break;
            }

            if (outcome.TryGetValue(out var raw))
            {
                list.Add(raw);
            }
        }

        return list;
    }

    private static (double Seconds, long Sentences, List<(int Articles, long LiveBytes)> Heap, int Failed) ColdPassWithMemory(DocketPipeline pipeline, List<RawDocument> documents)
    {
        var heap = new List<(int, long)> { (0, LiveHeap()) };
        long sentences = 0;
        var failed = 0;
        var elapsed = 0L;
        for (var i = 0; i < documents.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var outcome = pipeline.Process(documents[i]);
            elapsed += Stopwatch.GetTimestamp() - start;
            if (outcome.TryGetValue(out var processed))
            {
                sentences += processed.Analysis.Sentences.Count;
            }
            else
            {
                failed++;
            }

            if ((i + 1) % MemoryEvery == 0)
            {
                heap.Add((i + 1, LiveHeap()));
            }
        }

        return (elapsed / (double)Stopwatch.Frequency, sentences, heap, failed);
    }

    /// <summary>Bytes still reachable after a full, compacting collection: what the process keeps, not what
    /// it has allocated and not yet collected.</summary>
    private static long LiveHeap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static PassResult WholePass(DocketPipeline pipeline, List<RawDocument> documents)
    {
        var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        foreach (var d in documents)
        {
            _ = pipeline.Process(d);
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return new PassResult(seconds, bytes, $"{GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}");
    }

    private static List<StageTime> StagePass(DocketPipeline pipeline, List<RawDocument> documents)
    {
        var stages = pipeline.Stages;
        var ticks = new long[stages.Length];
        var bytes = new long[stages.Length];
        foreach (var d in documents)
        {
            var context = new DocumentContext(d, pipeline.Clock);
            for (var s = 0; s < stages.Length && !context.IsRejected; s++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                stages[s].Process(context);
                ticks[s] += Stopwatch.GetTimestamp() - start;
                bytes[s] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        return [.. stages.Select((s, i) => new StageTime(s.Name, ticks[i] / (double)Stopwatch.Frequency, bytes[i]))];
    }

    private static void PrintMemory(List<(int Articles, long LiveBytes)> heap)
    {
        Console.WriteLine($"memory: live heap after a full collection, every {MemoryEvery} articles of the cold pass (MiB):");
        Console.WriteLine("  " + string.Join("  ", heap.Select(h => string.Create(Inv, $"{h.Articles}: {h.LiveBytes / 1048576.0:0.00}"))));

        // Least-squares slope over the points after the first batch (the first batch loads lexicons and JIT data).
        var points = heap.Skip(1).ToList();
        if (points.Count < 2)
        {
            return;
        }

        var mx = points.Average(p => (double)p.Articles);
        var my = points.Average(p => (double)p.LiveBytes);
        var slope = points.Sum(p => (p.Articles - mx) * (p.LiveBytes - my)) / points.Sum(p => (p.Articles - mx) * (p.Articles - mx));
        var spread = points.Max(p => p.LiveBytes) - points.Min(p => p.LiveBytes);
        Console.WriteLine(string.Create(Inv, $"  slope after the first {MemoryEvery}: {slope * 1000 / 1024:+0.0;-0.0} KiB per 1,000 articles; spread {spread / 1024.0:0} KiB; start-up (lexicons, gazetteer, JIT) {(points[0].LiveBytes - heap[0].LiveBytes) / 1048576.0:0.00} MiB"));
    }

    private static void ComparePeers(string peers, List<RawDocument> documents, long sentences, double wholeSeconds, double coldSeconds, List<StageTime> stages)
    {
        var work = Directory.CreateTempSubdirectory("docket-analysis-bench-").FullName;
        var txt = Path.Combine(work, "txt");
        Directory.CreateDirectory(txt);
        var jsonl = Path.Combine(work, "articles.jsonl");
        using (var w = new StreamWriter(jsonl, false, new UTF8Encoding(false)))
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var d = documents[i];
                var id = d.Hints.Id ?? i.ToString(Inv);
                File.WriteAllText(Path.Combine(txt, Peers.SafeName(id) + ".txt"), d.Content);
                var date = d.Hints.Published is { Length: >= 10 } p ? p[..10] : "2022-06-01";
                w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = d.Content, ["reference_date"] = date }));
            }
        }

        double StageSeconds(params string[] names) => stages.Where(s => names.Contains(s.Name)).Sum(s => s.Seconds);
        var entitySeconds = StageSeconds("sentences", "entities");
        var timeSeconds = StageSeconds("sentences", "time-expressions");
        var rows = new List<(string Tool, string Task, PeerTiming? Timing, double StageSeconds)>
        {
            ("compromise", "entities", Peers.Run("node", Path.Combine(peers, "ner-compromise.mjs"), txt, Path.Combine(work, "compromise")), entitySeconds),
            ("wink-nlp", "entities", Peers.Run("node", Path.Combine(peers, "ner-wink.mjs"), txt, Path.Combine(work, "wink")), entitySeconds),
            ("chrono-node", "dates", Peers.Run("node", Path.Combine(peers, "dates-chrono.mjs"), jsonl, Path.Combine(work, "chrono")), timeSeconds),
            ("dateparser", "dates", Peers.Run("/usr/bin/python3", Path.Combine(peers, "dates-dateparser.py"), jsonl, Path.Combine(work, "dateparser")), timeSeconds),
        };

        var n = documents.Count;
        Console.WriteLine();
        Console.WriteLine($"peers on the same {n} articles:");
        Console.WriteLine("  tool          task         docs/s  sentences/s  docket whole/peer  docket stage/peer  version");
        Console.WriteLine(string.Create(Inv, $"  {"docket",-13} {"all",-10} {n / wholeSeconds,8:0} {sentences / wholeSeconds,12:0}  {"",17}  {"",17}  warm, best of 3"));
        Console.WriteLine(string.Create(Inv, $"  {"docket",-13} {"all",-10} {n / coldSeconds,8:0} {sentences / coldSeconds,12:0}  {"",17}  {"",17}  cold first pass, JIT included"));
        foreach (var (tool, task, t, stageSeconds) in rows)
        {
            if (t is null || t.Seconds <= 0)
            {
                Console.WriteLine($"  {tool,-13} {task,-10} failed (see above)");
                continue;
            }

            // The peers' docs/s is over the documents they processed; sentences/s uses Docket's sentence count of
            // the same articles, so the two columns compare the same work.
            var peerDocs = t.Docs > 0 ? t.Docs : n;
            var peerRate = peerDocs / t.Seconds;
            var whole = n / wholeSeconds / peerRate;
            var stage = n / stageSeconds / peerRate;
            Console.WriteLine(string.Create(Inv, $"  {tool,-13} {task,-10} {peerRate,8:0} {sentences * ((double)peerDocs / n) / t.Seconds,12:0}  {whole,16:0.0}x  {stage,16:0.0}x  {t.Version}{(t.Errors > 0 ? $" ({t.Errors} errors)" : string.Empty)}"));
            Summary.Ratio("analysis", "docs/s, whole analysis vs " + task, tool, n / wholeSeconds, peerRate);
        }

        Console.WriteLine("  whole: Docket's whole analysis (cleaning, sentences, times, quantities, entities...) against the peer's one task;");
        Console.WriteLine("  stage: Docket's sentence stage plus its own stage for the task (entities or time-expressions) against the peer.");
        Console.WriteLine("  Docket in-process, best of 3 warm passes; peers as their TIMING line reports (one pass after module loading, reading and writing files).");

        // Thousands of article copies and peer outputs: not worth keeping once the numbers are printed.
        Directory.Delete(work, recursive: true);
    }
}
