using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Docket.Core.Dedup;
using Docket.Tests.Dedup;

namespace Docket.Benchmarks;

/// <summary>
/// <c>neardup</c>: Docket's near-duplicate grouping against the <c>minhash</c> peer
/// (../shared/peers/neardup-minhash.mjs, npm minhash 0.0.9) on the same documents. Quality on the
/// hand-written corpus of tests/Docket.Tests/TestData/Dedup (pairwise precision and recall of the
/// groups; the peer's reported pairs are closed transitively into groups, as Docket's single-link
/// groups are), speed there and on the 1,736 texts of ../shared/benchmarks/ukraine-war-news-2022.
/// The peer runs from a copy of ../shared/peers in a temporary folder (npm ci there); nothing is
/// written into ../shared. Usage: neardup [--no-peer] [--reps N] [--show-pairs]
/// </summary>
internal static class NearDuplicateBenchmark
{
    public static int Run(string[] args)
    {
        var withPeer = !args.Contains("--no-peer");
        var reps = args.SkipWhile(a => a != "--reps").Skip(1).Select(a => int.TryParse(a, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(5);
        var root = RepositoryRoot();
        var corpus = DedupCorpus.Load(Path.Combine(root, "tests", "Docket.Tests", "TestData", "Dedup", "stories"));
        Console.WriteLine($"neardup: {corpus.Count} documents in {corpus.Select(d => d.StoryGroup).Distinct().Count()} true story groups (tests/Docket.Tests/TestData/Dedup)");

        var ours = RunOurs(corpus.Select(d => (d.Id, d.Text)).ToList(), reps);
        var oursScore = PairwiseScore.Of(corpus, ours.Groups);
        Console.WriteLine($"  docket  {oursScore}; {ours.DocsPerSecond:F0} docs/s (median of {reps})");
        Console.WriteLine($"          pairs judged directly, before grouping: {DirectPairs(corpus, OurDirectPairs(corpus))}");

        var shared = SharedFolder(root);
        PeerResult? peer = null;
        string? peerFolder = null;
        if (withPeer)
        {
            peerFolder = Peers.Installed(args);
            if (peerFolder is null)
            {
                Console.WriteLine("  minhash: no installed peers copy (run through bench/run neardup); peer skipped");
            }

            if (peerFolder is not null)
            {
                peer = RunPeer(peerFolder, corpus.Select(d => (d.Id, d.Text)).ToList());
                if (peer is not null)
                {
                    var peerScore = PairwiseScore.Of(corpus, peer.Groups);
                    Console.WriteLine($"  minhash {peerScore}; {peer.DocsPerSecond:F0} docs/s ({peer.Settings})");
                    Summary.Ratio("neardup", "pairwise F1, test stories", "minhash", F1(oursScore), F1(peerScore));
                    Summary.Ratio("neardup", "docs/s, test stories", "minhash", ours.DocsPerSecond, peer.DocsPerSecond);
                    Console.WriteLine($"          pairs reported directly, before grouping: {DirectPairs(corpus, peer.Pairs)}");
                }
            }
        }

        var big = shared is null ? null : Path.Combine(shared, "benchmarks", "ukraine-war-news-2022", "articles.jsonl");
        if (big is null || !File.Exists(big))
        {
            Console.WriteLine("  (../shared/benchmarks/ukraine-war-news-2022 is absent: no speed run on real articles)");
            return 0;
        }

        var texts = File.ReadLines(big)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Id: e.GetProperty("id").GetString()!, Text: e.GetProperty("text").GetString() ?? string.Empty))
            .ToList();
        var bigOurs = RunOurs(texts, Math.Max(1, reps / 2));
        var ourPairs = PairsOf(bigOurs.Groups);
        Console.WriteLine($"ukraine-war-news-2022: {texts.Count} articles ({texts.Sum(t => t.Text.Length) / 1024} KiB)");
        Console.WriteLine($"  docket  {bigOurs.DocsPerSecond:F0} docs/s; {bigOurs.Groups.Values.Distinct().Count()} story groups, {ourPairs.Count} same-group pairs");
        if (args.Contains("--show-pairs"))
        {
            var detector = new NearDuplicateDetector();
            var byId = texts.ToDictionary(t => t.Id, t => t.Text);
            foreach (var (a, b) in ourPairs.Order())
            {
                var s = detector.Compare(detector.Sign(byId[a]), detector.Sign(byId[b]));
                Console.WriteLine($"    {a} {b} jaccard {s.Jaccard:F2} containment {s.Containment:F2} near {s.IsNearDuplicate}");
            }
        }

        if (peerFolder is not null && RunPeer(peerFolder, texts) is { } bigPeer)
        {
            var peerPairs = PairsOf(bigPeer.Groups);
            var both = ourPairs.Intersect(peerPairs).Count();
            Console.WriteLine($"  minhash {bigPeer.DocsPerSecond:F0} docs/s; {bigPeer.Groups.Values.Distinct().Count()} groups, {peerPairs.Count} same-group pairs; {both} pairs in common");
            Summary.Ratio("neardup", "docs/s, ukraine-war-news", "minhash", bigOurs.DocsPerSecond, bigPeer.DocsPerSecond);
        }

        return 0;
    }

    private static double F1(PairwiseScore s) => s.Precision + s.Recall == 0 ? 0 : 2 * s.Precision * s.Recall / (s.Precision + s.Recall);

    private sealed record OurResult(Dictionary<string, string> Groups, double DocsPerSecond);

    private sealed record PeerResult(Dictionary<string, string> Groups, HashSet<(string, string)> Pairs, double DocsPerSecond, string Settings);

    /// <summary>Pairwise precision and recall of pairs judged one by one (no transitive closure).</summary>
    private static string DirectPairs(IReadOnlyList<DedupDocument> corpus, HashSet<(string, string)> pairs)
    {
        var group = corpus.ToDictionary(d => d.Id, d => d.StoryGroup);
        var truePairs = corpus.GroupBy(d => d.StoryGroup).Sum(g => g.Count() * (g.Count() - 1) / 2);
        var correct = pairs.Count(p => group[p.Item1] == group[p.Item2]);
        return string.Create(CultureInfo.InvariantCulture, $"precision {(pairs.Count == 0 ? 1 : (double)correct / pairs.Count):F3} ({correct}/{pairs.Count}), recall {(double)correct / truePairs:F3} ({correct}/{truePairs})");
    }

    private static HashSet<(string, string)> OurDirectPairs(IReadOnlyList<DedupDocument> corpus)
    {
        var detector = new NearDuplicateDetector();
        var signed = corpus.Select(d => (d.Id, Sig: detector.Sign(d.Text))).ToList();
        var pairs = new HashSet<(string, string)>();
        for (var i = 0; i < signed.Count; i++)
        {
            for (var j = i + 1; j < signed.Count; j++)
            {
                if (detector.Compare(signed[i].Sig, signed[j].Sig).IsNearDuplicate)
                {
                    pairs.Add(Ordered(signed[i].Id, signed[j].Id));
                }
            }
        }

        return pairs;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>Signs and groups every text incrementally, as the store does; the median of
    /// <paramref name="reps"/> timed runs.</summary>
    private static OurResult RunOurs(IReadOnlyList<(string Id, string Text)> docs, int reps)
    {
        Dictionary<string, string> groups = [];
        var rates = new List<double>();
        for (var r = 0; r < Math.Max(1, reps); r++)
        {
            var watch = Stopwatch.StartNew();
            var index = new StoryGroupIndex();
            foreach (var (id, text) in docs)
            {
                index.Add(id, text);
            }

            watch.Stop();
            rates.Add(docs.Count / watch.Elapsed.TotalSeconds);
            groups = docs.ToDictionary(d => d.Id, d => index.GroupOf(d.Id)!);
        }

        rates.Sort();
        return new OurResult(groups, rates[rates.Count / 2]);
    }

    /// <summary>Runs the peer on the documents written as IN/*.txt; groups are the transitive closure of its pairs.</summary>
    private static PeerResult? RunPeer(string peerFolder, IReadOnlyList<(string Id, string Text)> docs)
    {
        var work = Directory.CreateTempSubdirectory("docket-neardup-").FullName;
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Path.Combine(work, "out");
            var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < docs.Count; i++)
            {
                var file = $"d{i:D5}";
                byFile[file] = docs[i].Id;
                File.WriteAllText(Path.Combine(input, file + ".txt"), docs[i].Text);
            }

            if (Peers.Run("node", Path.Combine(peerFolder, "neardup-minhash.mjs"), input, output) is not { } timing)
            {
                return null;
            }

            var t = JsonDocument.Parse(timing.Line).RootElement;
            var union = new UnionFind();
            var pairs = new HashSet<(string, string)>();
            foreach (var file in byFile.Keys)
            {
                union.Add(file);
                var result = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, file + ".json"))).RootElement;
                if (result.TryGetProperty("near_duplicates", out var near))
                {
                    foreach (var n in near.EnumerateArray())
                    {
                        var other = n.GetProperty("id").GetString()!;
                        union.Join(file, other);
                        pairs.Add(Ordered(byFile[file], byFile[other]));
                    }
                }
            }

            var groups = byFile.ToDictionary(kv => kv.Value, kv => union.Find(kv.Key));
            var settings = string.Create(CultureInfo.InvariantCulture, $"k={t.GetProperty("shingle_k")}, {t.GetProperty("num_perm")} permutations, bands of {t.GetProperty("band_size")}, J >= {t.GetProperty("threshold")}");
            return new PeerResult(groups, pairs, t.GetProperty("docs_per_sec").GetDouble(), settings);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static HashSet<(string, string)> PairsOf(Dictionary<string, string> groups)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var g in groups.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
        {
            var ids = g.Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    pairs.Add((ids[i], ids[j]));
                }
            }
        }

        return pairs;
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }

    private static string? SharedFolder(string root)
    {
        var env = Environment.GetEnvironmentVariable("DOCKET_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Add(string x) => _parent.TryAdd(x, x);

        public string Find(string x)
        {
            Add(x);
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Join(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
            }
        }
    }
}
