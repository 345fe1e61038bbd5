using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Core.Analysis.Time;
using Docket.Core.Evaluation.Timex;
using Docket.Domain.Text;

namespace Docket.Benchmarks;

/// <summary>
/// <c>bench/run timex</c>: Docket's time expressions beside chrono-node and dateparser on the
/// TempEval-3 platinum set (value F1 with the same scorer, and docs/s), then speed on the
/// ukraine-war-news articles. The peers only give calendar dates: their value F1 is scored on
/// what they give (type DATE, value the resolved day, or month/year where chrono says only
/// those parts were stated), so durations, sets and references count against them; the
/// DATE-only column scores every system against the gold DATE expressions alone.
/// </summary>
internal static class TimexBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var shared = Option(args, "--shared") ?? FindShared();
        var peers = Option(args, "--peers");
        var limit = int.TryParse(Option(args, "--articles"), NumberStyles.None, Inv, out var n) ? n : 400;
        if (shared is null || !Directory.Exists(Path.Combine(shared, "benchmarks", "tempeval3")))
        {
            Console.Error.WriteLine("timex benchmark: ../shared/benchmarks/tempeval3 not found; pass --shared DIR.");
            return 2;
        }

        var (gold, failures) = TimexEvaluation.ReadFolder(Path.Combine(shared, "benchmarks", "tempeval3", "te3-platinum"));
        var (inputs, _) = TimexEvaluation.ReadFolder(Path.Combine(shared, "benchmarks", "tempeval3", "te3-platinum-input"), "*.TE3input");
        if (failures.Count > 0 || gold.Count == 0)
        {
            Console.Error.WriteLine($"timex benchmark: cannot read the platinum gold ({failures.Count} failures).");
            return 2;
        }

        // The systems read the input files; gold spans are offsets into the same plain text.
        var byId = inputs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var docs = gold.Select(g => (Gold: g, Text: byId.TryGetValue(g.Id, out var i) ? i.Text : g.Text)).ToList();
        var mismatched = docs.Count(d => d.Text != d.Gold.Text);
        var work = Directory.CreateTempSubdirectory("docket-timex-bench-");
        var platinumJsonl = Path.Combine(work.FullName, "platinum.jsonl");
        WriteJsonl(platinumJsonl, docs.Select(d => (d.Gold.Id, d.Text, d.Gold.CreationTime ?? string.Empty)));
        var articles = ReadArticles(Path.Combine(shared, "benchmarks", "ukraine-war-news-2022", "articles.jsonl"), limit);
        var articlesJsonl = Path.Combine(work.FullName, "articles.jsonl");
        WriteJsonl(articlesJsonl, articles);

        Console.WriteLine($"TempEval-3 platinum: {docs.Count} documents, {gold.Sum(g => g.Timexes.Count)} gold TIMEX3 ({mismatched} input texts differ from gold text); articles: {articles.Count} from ukraine-war-news-2022");
        Console.WriteLine($"work folder: {work.FullName}");

        var rows = new List<Row>();
        var recognizer = new TimeExpressionRecognizer();
        var docketPredictions = docs.Select(d => (IReadOnlyList<TimexPrediction>)[.. recognizer.Recognize(d.Text, TimexEvaluation.AnchorOf(d.Gold)).Select(TimexEvaluation.ToPrediction)]).ToList();
        var (cold, warm) = DocketSpeed(recognizer, docs.Select(d => (d.Text, TimexEvaluation.AnchorOf(d.Gold))).ToList());
        var (_, articlesWarm) = DocketSpeed(recognizer, articles.Select(a => (a.Text, Anchor(a.Date))).ToList());
        rows.Add(Score("docket", docs, docketPredictions, warm, articlesWarm, $"cold first pass {cold:F0} docs/s"));

        if (peers is not null && Directory.Exists(peers))
        {
            rows.Add(RunPeer("chrono-node", "node", Path.Combine(peers, "dates-chrono.mjs"), platinumJsonl, articlesJsonl, work.FullName, docs, chrono: true));
            rows.Add(RunPeer("dateparser", "/usr/bin/python3", Path.Combine(peers, "dates-dateparser.py"), platinumJsonl, articlesJsonl, work.FullName, docs, chrono: false));
        }
        else
        {
            Console.WriteLine("peers: not run (pass --peers DIR with an installed copy of ../shared/peers; bench/run timex does this)");
        }

        Print(rows);
        foreach (var peer in rows.Skip(1).Where(r => r.Score is not null))
        {
            Summary.Ratio("timex", "value F1, TempEval-3 platinum", peer.System, rows[0].Score!.ValueF1, peer.Score!.ValueF1);
            Summary.Ratio("timex", "DATE-only value F1, platinum", peer.System, rows[0].DateOnlyValueF1, peer.DateOnlyValueF1);
            Summary.Ratio("timex", "docs/s, ukraine-war-news", peer.System, rows[0].ArticlesDocsPerSecond, peer.ArticlesDocsPerSecond);
        }

        return 0;
    }

    private sealed record Row(string System, TimexScore? Score, double DateOnlyValueF1, double PlatinumDocsPerSecond, double ArticlesDocsPerSecond, string Note);

    private static Row Score(string system, List<(TimeMLDocument Gold, string Text)> docs, List<IReadOnlyList<TimexPrediction>> predictions, double platinumSpeed, double articlesSpeed, string note)
    {
        var all = TimexScorer.Score(docs.Select((d, i) => (d.Gold, predictions[i])));

        // DATE-only: gold DATE expressions against the system's DATE predictions.
        var dates = TimexScorer.Score(docs.Select((d, i) => (
            d.Gold with { Timexes = [.. d.Gold.Timexes.Where(t => t.Type == "DATE")] },
            (IReadOnlyList<TimexPrediction>)[.. predictions[i].Where(p => p.Type == "DATE")])));
        return new Row(system, all, dates.ValueF1, platinumSpeed, articlesSpeed, note);
    }

    private static Row RunPeer(string name, string exe, string script, string platinum, string articles, string work, List<(TimeMLDocument Gold, string Text)> docs, bool chrono)
    {
        var outPlatinum = Path.Combine(work, name + "-platinum");
        var outArticles = Path.Combine(work, name + "-articles");
        // Peers.Run says on standard error why a peer failed; the row says that it did.
        if (Peers.Run(exe, script, platinum, outPlatinum) is not { } timing)
        {
            return new Row(name, null, 0, 0, 0, "failed (see above)");
        }

        var articlesTiming = Peers.Run(exe, script, articles, outArticles);
        var predictions = docs.Select(d => PeerPredictions(Path.Combine(outPlatinum, Peers.SafeName(d.Gold.Id) + ".json"), chrono)).ToList();
        var version = string.IsNullOrEmpty(timing.Version) ? name : timing.Version;
        return Score(name, docs, predictions, timing.DocsPerSecond, articlesTiming?.DocsPerSecond ?? 0, articlesTiming is null ? $"{version}; articles failed" : version);
    }

    private static IReadOnlyList<TimexPrediction> PeerPredictions(string file, bool chrono)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        if (!json.RootElement.TryGetProperty("expressions", out var exprs))
        {
            return [];
        }

        var list = new List<TimexPrediction>();
        foreach (var e in exprs.EnumerateArray())
        {
            if (e.GetProperty("start").ValueKind != JsonValueKind.Number || e.GetProperty("end").ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            var resolved = e.GetProperty("resolved").GetString();
            if (end <= start || resolved is null)
            {
                continue;
            }

            // chrono says which parts the text stated: "March 2010" is a month, "2009" a year.
            var value = resolved;
            if (chrono && e.TryGetProperty("certain", out var certain))
            {
                var parts = certain.EnumerateArray().Select(c => c.GetString()).ToHashSet();
                if (!parts.Contains("day") && !parts.Contains("weekday"))
                {
                    value = parts.Contains("month") ? resolved[..7] : parts.Contains("year") ? resolved[..4] : resolved;
                }
            }

            list.Add(new TimexPrediction(new TextSpan(start, end), e.GetProperty("text").GetString() ?? string.Empty, "DATE", value));
        }

        return list;
    }

    // Docket in-process: the first pass (JIT included), then passes for a second so the JIT has optimised
    // the hot code (tiered compilation), then the best of five passes.
    private static (double Cold, double Warm) DocketSpeed(TimeExpressionRecognizer recognizer, List<(string Text, TimeAnchor Anchor)> docs)
    {
        if (docs.Count == 0)
        {
            return (0, 0);
        }

        double Pass()
        {
            var start = Stopwatch.GetTimestamp();
            foreach (var (text, anchor) in docs)
            {
                _ = recognizer.Recognize(text, anchor);
            }

            return docs.Count / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        var cold = Pass();
        var warmUp = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUp).TotalSeconds < 1.0)
        {
            Pass();
        }

        var warm = Enumerable.Range(0, 5).Select(_ => Pass()).Max();
        return (cold, warm);
    }

    private static void Print(List<Row> rows)
    {
        var docket = rows[0];
        Console.WriteLine();
        Console.WriteLine("system        value F1  DATE-only value F1  relaxed F1  strict F1  platinum docs/s  articles docs/s  speed vs docket");
        foreach (var r in rows)
        {
            if (r.Score is null)
            {
                Console.WriteLine($"{r.System,-13} {r.Note}");
                continue;
            }

            var ratio = r.PlatinumDocsPerSecond > 0 ? docket.PlatinumDocsPerSecond / r.PlatinumDocsPerSecond : 0;
            var ratioArticles = r.ArticlesDocsPerSecond > 0 ? docket.ArticlesDocsPerSecond / r.ArticlesDocsPerSecond : 0;
            var speedNote = r == docket ? "1.0x" : string.Create(Inv, $"docket {ratio:F1}x / {ratioArticles:F1}x faster");
            Console.WriteLine(string.Create(Inv, $"{r.System,-13} {r.Score.ValueF1,8:F3}  {r.DateOnlyValueF1,18:F3}  {r.Score.RelaxedF1,10:F3}  {r.Score.StrictF1,9:F3}  {r.PlatinumDocsPerSecond,15:F0}  {r.ArticlesDocsPerSecond,15:F0}  {speedNote}"));
        }

        Console.WriteLine();
        foreach (var r in rows.Where(r => r.Note.Length > 0))
        {
            Console.WriteLine($"{r.System}: {r.Note}");
        }

        Console.WriteLine("Peers give calendar dates only (no durations, sets, times or PAST_REF/PRESENT_REF): their value F1 counts what they give against all gold TIMEX3; the DATE-only column compares every system on gold DATE expressions.");
        Console.WriteLine("docs/s: docket in-process, best of 5 passes after a second of warm-up (the first, cold pass is shown below the table); peers as their TIMING line reports (one pass, after module load).");
    }

    private static List<(string Id, string Text, string Date)> ReadArticles(string path, int limit)
    {
        var list = new List<(string, string, string)>();
        if (!File.Exists(path))
        {
            return list;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (list.Count >= limit)
            {
                break;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
            var date = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            if (string.IsNullOrEmpty(text) || date is null)
            {
                continue;
            }

            list.Add((root.GetProperty("id").GetString() ?? list.Count.ToString(Inv), text, date));
        }

        return list;
    }

    private static TimeAnchor Anchor(string date) =>
        Docket.Domain.Time.PartialDate.TryParse(date, out var d) ? TimeAnchor.On(d) : TimeAnchor.Unknown;

    private static void WriteJsonl(string path, IEnumerable<(string Id, string Text, string Date)> records)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var (id, text, date) in records)
        {
            w.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text, ["reference_date"] = date[..Math.Min(10, date.Length)] }));
        }
    }


    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindShared()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }

            dir = dir.Parent;
        }

        return null;
    }
}
