using System.Diagnostics;
using System.Globalization;
using Docket.Cli;
using Docket.Cli.Status;
using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Storage;
using Docket.Storage.Sqlite;

namespace Docket.Benchmarks;

/// <summary>
/// <c>status</c>: issue 4's target, "an as-of query over 100,000 stored articles answers in under
/// 50 ms". Generates (once, under /tmp, reused after) a store of synthetic articles through the
/// store's batch API (<see cref="StatusCorpus"/>), then times warm status queries, store read plus
/// reconciliation, over many repetitions: the most reported question pair (United States /
/// ATACMS / Ukraine, both aspects, as <c>status --as-of D --system ATACMS --supplier "United
/// States" --recipient Ukraine</c> asks it) at one date and at dates across the fifteen years,
/// typical questions, and every question at once. Prints median, p95 and CPU time per query, then
/// runs the same query once cold and a few times warm through the real CLI code path
/// (<see cref="DocketCli.RunAsync"/>). Usage: status [--articles N] [--reps N] [--db PATH]
/// [--cache-mib N] [--mmap-mib N] (the store's page cache and memory map, to compare settings).
/// </summary>
internal static class StatusBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var articles = int.TryParse(Option(args, "--articles"), NumberStyles.None, Inv, out var n) ? n : 100_000;
        var reps = int.TryParse(Option(args, "--reps"), NumberStyles.None, Inv, out var r) ? r : 200;
        var db = Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"docket-status-bench-v{StatusCorpus.Version}-{articles}.db");
        var corpus = new StatusCorpus(seed: 4);
        if (!File.Exists(db))
        {
            Generate(db, corpus, articles);
        }
        else
        {
            Console.WriteLine($"status: reusing {db} (delete it to generate again)");
        }

        var defaults = new SqliteStoreOptions();
        var options = new SqliteStoreOptions
        {
            CreateIfMissing = false,
            CacheMiB = int.TryParse(Option(args, "--cache-mib"), NumberStyles.None, Inv, out var cache) ? cache : defaults.CacheMiB,
            MemoryMapMiB = int.TryParse(Option(args, "--mmap-mib"), NumberStyles.None, Inv, out var mmap) ? mmap : defaults.MemoryMapMiB,
        };
        var opened = SqliteArticleStore.Open(db, options);
        if (!opened.TryGetValue(out var store))
        {
            Console.Error.WriteLine($"status benchmark: {opened.Failure}");
            return 2;
        }

        using (store)
        {
            var counts = store.Counts();
            Console.WriteLine($"store: {counts.Articles:N0} articles, {counts.StoryGroups:N0} story groups, {counts.Claims:N0} claims, {new FileInfo(db).Length / (1024 * 1024)} MiB; page cache {options.CacheMiB} MiB, memory map {options.MemoryMapMiB} MiB; {Environment.ProcessorCount} cores; {reps} repetitions per query (warm)");
            var queries = new StatusQueries(store, StatusReconciler.Default);
            var names = NameResolver.Default;
            var asOf = new DateOnly(2024, 6, 30);

            // Warm up the JIT (past tiered compilation's 30 calls), the gazetteer and SQLite's page cache.
            for (var i = 0; i < 40; i++)
            {
                Atacms(queries, names, asOf);
            }

            var random = new Random(7);
            var dates = Enumerable.Range(0, reps).Select(_ => new DateOnly(2011, 1, 1).AddDays(random.Next(14 * 365))).ToArray();
            var typical = Enumerable.Range(0, reps).Select(_ => corpus.Questions[random.Next(corpus.Questions.Count)]).ToArray();

            // Ranks 100-200 of the Zipf popularity hold about 1/500 of the articles each: the
            // question a uniform spread over the 500 questions would give every query.
            var average = Enumerable.Range(0, reps).Select(_ => corpus.Questions[random.Next(100, 200)]).ToArray();
            var averageClaims = average.Take(20).Average(q => queries.ClaimsFor(QuestionFilter.Of(q.ToQuestion()), null).Count);

            Report("ATACMS pair (most reported), as of 2024-06-30", Time(reps, _ => Atacms(queries, names, asOf)));
            Report("ATACMS pair, as of dates across 2011-2024", Time(reps, i => Atacms(queries, names, dates[i])));
            Report("ATACMS use only (--aspect use), as of 2024-06-30", Time(reps, _ => queries.Status(new QuestionFilter("United States", "ATACMS", "Ukraine", Aspect.Use), asOf, null).Count));
            Report("a question of average share (~1/500 of articles), random as-of", Time(reps, i => queries.Status(QuestionFilter.Of(average[i].ToQuestion()), dates[i], null).Count));
            Console.WriteLine(string.Create(Inv, $"  (about {averageClaims:F0} claims read for such a question with everything known)"));
            Report("a random question (drawn by popularity), random as-of", Time(reps, i => queries.Status(QuestionFilter.Of(typical[i].ToQuestion()), dates[i], null).Count));

            // Where the time goes, for the main query.
            var filter = new QuestionFilter("United States", "ATACMS", "Ukraine", null);
            IReadOnlyList<Claim> claims = [];
            Report("  of which: store read (claims that can bear on it)", Time(reps, _ => (claims = queries.ClaimsFor(filter, asOf)).Count));
            Report("  of which: reconcile in memory", Time(reps, _ => queries.Reconcile(claims, filter, asOf).Count));
            Console.WriteLine($"  ({claims.Count:N0} claims read for the ATACMS pair as of 2024-06-30; the store holds {counts.Claims:N0})");

            var heavy = Math.Max(3, reps / 20);
            Report("every question, as of 2024-06-30 (status with no filter)", Time(heavy, _ => queries.Status(QuestionFilter.All, asOf, null).Count));
            Report("every question, everything known", Time(heavy, _ => queries.Status(QuestionFilter.All, null, null).Count));
        }

        CliPath(db);
        return 0;
    }

    private static int Atacms(StatusQueries queries, NameResolver names, DateOnly asOf) =>
        queries.Status(new QuestionFilter(names.Party("United States"), names.System("ATACMS"), names.Party("Ukraine"), null), asOf, null).Count;

    /// <summary>The query as a user runs it: argument parsing, opening the store, name resolution,
    /// the query, and JSON output; the first run in this process is cold (gazetteer, JIT).</summary>
    private static void CliPath(string db)
    {
        string[] args = ["status", "--as-of", "2024-06-30", "--system", "ATACMS", "--supplier", "United States", "--recipient", "Ukraine", "--db", db, "--json"];
        var output = 0;
        var cold = Time(1, _ =>
        {
            using var o = new StringWriter();
            using var e = new StringWriter();
            var exit = DocketCli.RunAsync(args, o, e).GetAwaiter().GetResult();
            output = o.ToString().Length;
            return exit;
        });
        Report("CLI path, first run in the process (cold)", cold);
        Report("CLI path, warm", Time(20, _ =>
        {
            using var o = new StringWriter();
            using var e = new StringWriter();
            return DocketCli.RunAsync(args, o, e).GetAwaiter().GetResult();
        }));
        Console.WriteLine($"  (docket {string.Join(' ', args[..^3].Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a))} --json: {output:N0} characters of JSON)");
    }

    private static void Generate(string db, StatusCorpus corpus, int count)
    {
        Console.WriteLine($"status: generating {count:N0} articles into {db} through IArticleStore.AddBatch ...");
        var partial = db + ".partial";
        foreach (var f in new[] { partial, partial + "-wal", partial + "-shm" })
        {
            File.Delete(f);
        }

        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using (var store = SqliteArticleStore.Open(partial).Value!)
        {
            var batch = new List<Docket.Core.Pipeline.ProcessedArticle>(2000);
            var done = 0;
            foreach (var article in corpus.Articles(count))
            {
                batch.Add(article);
                if (batch.Count == batch.Capacity)
                {
                    store.AddBatch(batch);
                    done += batch.Count;
                    batch.Clear();
                    if (done % 20_000 == 0)
                    {
                        Console.WriteLine($"  {done:N0} articles, {watch.Elapsed.TotalSeconds:F0} s");
                    }
                }
            }

            store.AddBatch(batch);
        }

        File.Move(partial, db);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"  generated in {watch.Elapsed.TotalSeconds:F0} s wall, {used.TotalSeconds:F0} s CPU ({count / watch.Elapsed.TotalSeconds:F0} articles/s)");
    }

    private static Timing Time(int reps, Func<int, int> query)
    {
        var wall = new double[reps];
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var sink = 0;
        for (var i = 0; i < reps; i++)
        {
            var t = Stopwatch.GetTimestamp();
            sink += query(i);
            wall[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / reps;
        Array.Sort(wall);
        return new Timing(wall[wall.Length / 2], wall[Math.Min(wall.Length - 1, (int)Math.Ceiling(wall.Length * 0.95) - 1)], wall[0], cpu, sink / reps);
    }

    private static void Report(string what, Timing t) =>
        Console.WriteLine(string.Create(Inv, $"  {what,-58} median {t.Median,8:F2} ms  p95 {t.P95,8:F2} ms  min {t.Min,8:F2} ms  CPU {t.CpuPerQuery,8:F2} ms/query  ({t.Results} results)"));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record Timing(double Median, double P95, double Min, double CpuPerQuery, int Results);
}
