using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Docket.Domain;

namespace Docket.Core.Evaluation;

/// <summary>One page of the extraction benchmark: its id (the file name without
/// <c>.html.gz</c>), its HTML, the hand-made gold body and the page's original URL.</summary>
public sealed record ExtractionBenchmarkPage(string Id, string Html, string Gold, string? Url);

/// <summary>
/// The article extraction benchmark laid out as upstream ships it: <c>html/&lt;id&gt;.html.gz</c>
/// pages, <c>ground-truth.json</c> (<c>{id: {"articleBody", "url"}}</c>) and, optionally,
/// <c>output/&lt;tool&gt;.json</c> predictions of published tools. Scores follow
/// <see cref="ShingleMatching"/>: mean per-document precision and recall, F1 from the two
/// means, accuracy as the share of exact token-sequence matches.
/// </summary>
public sealed class ExtractionBenchmark
{
    private ExtractionBenchmark(string directory, IReadOnlyList<ExtractionBenchmarkPage> pages)
    {
        Directory = directory;
        Pages = pages;
    }

    /// <summary>The benchmark folder.</summary>
    public string Directory { get; }

    /// <summary>Every page of the ground truth, in id order (a page whose HTML file is missing
    /// has empty HTML and still counts).</summary>
    public IReadOnlyList<ExtractionBenchmarkPage> Pages { get; }

    /// <summary>Reads the pages and the ground truth; a missing folder, file or unreadable
    /// ground truth is a failure naming it.</summary>
    public static Outcome<ExtractionBenchmark> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            return Outcome<ExtractionBenchmark>.Fail(directory, "no such folder; give the benchmark folder that holds html/ and ground-truth.json");
        }

        var truthPath = Path.Combine(directory, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            return Outcome<ExtractionBenchmark>.Fail(truthPath, "the ground truth is missing; the benchmark folder must hold ground-truth.json beside html/");
        }

        var htmlDir = Path.Combine(directory, "html");
        if (!System.IO.Directory.Exists(htmlDir))
        {
            return Outcome<ExtractionBenchmark>.Fail(htmlDir, "the pages folder is missing; the benchmark folder must hold html/*.html.gz");
        }

        var truth = ReadPredictionFile(truthPath, readUrl: true);
        if (!truth.TryGetValue(out var gold))
        {
            return Outcome<ExtractionBenchmark>.Fail(truth.Failure!);
        }

        var pages = new List<ExtractionBenchmarkPage>(gold.Count);
        foreach (var (id, entry) in gold.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var file = Path.Combine(htmlDir, id + ".html.gz");
            var html = File.Exists(file) ? ReadPage(file) : string.Empty;
            pages.Add(new ExtractionBenchmarkPage(id, html, entry.Text, entry.Url));
        }

        return Outcome<ExtractionBenchmark>.Success(new ExtractionBenchmark(directory, pages));
    }

    /// <summary>Decompresses and decodes one page (UTF-8, as the benchmark ships them).</summary>
    public static string ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Scores predictions (id to extracted text; a missing id counts as an empty text).</summary>
    public ExtractionScore Score(IReadOnlyDictionary<string, string> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        var perDocument = new List<PageScore>(Pages.Count);
        foreach (var page in Pages)
        {
            perDocument.Add(new PageScore(page.Id, ShingleMatching.Score(page.Gold, predictions.GetValueOrDefault(page.Id))));
        }

        return ExtractionScore.FromDocuments(perDocument);
    }

    /// <summary>The published tools' predictions in <c>output/*.json</c>, by tool name (the
    /// file name), in name order. Empty when the folder is absent.</summary>
    public Outcome<IReadOnlyList<PeerPredictions>> LoadPeerPredictions()
    {
        var dir = Path.Combine(Directory, "output");
        var result = new List<PeerPredictions>();
        if (!System.IO.Directory.Exists(dir))
        {
            return Outcome<IReadOnlyList<PeerPredictions>>.Success(result);
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            var read = ReadPredictionFile(file, readUrl: false);
            if (!read.TryGetValue(out var entries))
            {
                return Outcome<IReadOnlyList<PeerPredictions>>.Fail(read.Failure!);
            }

            var texts = entries.ToDictionary(kv => kv.Key, kv => kv.Value.Text, StringComparer.Ordinal);
            result.Add(new PeerPredictions(Path.GetFileNameWithoutExtension(file), ReadVersion(file), texts));
        }

        return Outcome<IReadOnlyList<PeerPredictions>>.Success(result);
    }

    private static string? ReadVersion(string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Outcome<Dictionary<string, (string Text, string? Url)>> ReadPredictionFile(string path, bool readUrl)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            return Outcome<Dictionary<string, (string, string?)>>.Fail(path, $"not valid JSON ({ex.Message})");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Outcome<Dictionary<string, (string, string?)>>.Fail(path, "expected a JSON object mapping page ids to {\"articleBody\": ...}");
            }

            // Some upstream files wrap the map as {"version": "...", "output": {...}}.
            if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
            {
                root = wrapped;
            }

            var map = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var item in root.EnumerateObject())
            {
                if (item.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var text = item.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString()! : string.Empty;
                string? url = null;
                if (readUrl && item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String)
                {
                    url = u.GetString();
                }

                map[item.Name] = (text, url);
            }

            return Outcome<Dictionary<string, (string, string?)>>.Success(map);
        }
    }
}

/// <summary>One published tool's predictions: its name (output file name), version stamp when
/// the file has one, and extracted text by page id.</summary>
public sealed record PeerPredictions(string Tool, string? Version, IReadOnlyDictionary<string, string> Texts);

/// <summary>One page's score.</summary>
public readonly record struct PageScore(string Id, DocumentScore Score);

/// <summary>
/// A benchmark result: mean per-document precision (over documents with a prediction) and recall, F1 from those two means (as the
/// benchmark defines it), and the share of documents extracted token for token.
/// </summary>
public sealed record ExtractionScore(int Documents, double Precision, double Recall, double F1, double Accuracy, IReadOnlyList<PageScore> PerDocument)
{
    public static ExtractionScore FromDocuments(IReadOnlyList<PageScore> perDocument)
    {
        ArgumentNullException.ThrowIfNull(perDocument);
        if (perDocument.Count == 0)
        {
            return new ExtractionScore(0, 0, 0, 0, 0, perDocument);
        }

        double p = 0, r = 0, exact = 0;
        var predicted = 0;
        foreach (var d in perDocument)
        {
            if (d.Score.Precision is { } precision)
            {
                p += precision;
                predicted++;
            }

            r += d.Score.Recall;
            exact += d.Score.ExactMatch ? 1 : 0;
        }

        p = predicted > 0 ? p / predicted : 0;
        r /= perDocument.Count;
        var f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new ExtractionScore(perDocument.Count, p, r, f1, exact / perDocument.Count, perDocument);
    }
}
