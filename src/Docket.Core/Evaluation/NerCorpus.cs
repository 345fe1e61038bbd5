using System.Text;
using System.Text.Json;
using Docket.Domain;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Evaluation;

/// <summary>A typed span of a benchmark document; <see cref="Type"/> is null for untyped mention candidates
/// (wink-nlp's proper-noun runs).</summary>
public sealed record NerSpan(TextSpan Span, EntityType? Type);

/// <summary>A benchmark document: its text, the gold spans scored, and the spans of gold annotations that are
/// not scored (CoNLL MISC, re3d types Docket has no equivalent for, unnamed locations): a prediction that
/// falls only on such a span is neither right nor wrong.</summary>
public sealed record NerDocument(string Id, string Text, IReadOnlyList<NerSpan> Gold, IReadOnlyList<TextSpan> Ignored);

/// <summary>The gold formats of the span benchmarks.</summary>
public enum NerFormat
{
    /// <summary>Dstl re3d: folders with documents.json and entities.json (newline-delimited JSON).</summary>
    Re3d,

    /// <summary>CoNLL-style "token TAG" lines (wikigold): IO or BIO tags, blank lines between sentences,
    /// "-DOCSTART-" between documents.</summary>
    Conll,
}

/// <summary>
/// Reads span benchmarks into <see cref="NerDocument"/>s.
/// <list type="bullet">
/// <item>re3d: entities with confidence &gt;= 0.5; Person -> PERSON, Organisation -> ORG, Weapon and
/// MilitaryPlatform -> SYSTEM, Location -> GPE when it is a named place (its words are capitalised, apart from
/// particles such as "of", "al-": "Deir ez-Zor" yes, "west of Damascus" no); where kept spans overlap, the
/// longest stays (as the usual CoNLL conversion does). Everything else is ignored.</item>
/// <item>CoNLL: PER -> PERSON, ORG -> ORG, LOC -> GPE; MISC is ignored. Tokens are joined by one space and
/// sentences by a line break, so offsets are into that text.</item>
/// </list>
/// </summary>
public static class NerCorpusReader
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "of", "the", "al", "de", "del", "and", "el", "ez", "az", "as", "ad", "an", "bin", "ibn", "upon", "on", "la", "le", "du", "da" };

    public static Outcome<IReadOnlyList<NerDocument>> Read(string path, NerFormat format) =>
        format == NerFormat.Re3d ? ReadRe3d(path) : ReadConll(path);

    /// <summary>Reads every folder under <paramref name="directory"/> (itself included) that holds
    /// documents.json and entities.json.</summary>
    public static Outcome<IReadOnlyList<NerDocument>> ReadRe3d(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return Outcome<IReadOnlyList<NerDocument>>.Fail(directory, "no such folder; give the re3d folder (its subfolders hold documents.json and entities.json)");
        }

        var docs = new List<NerDocument>();
        var folders = Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories).Prepend(directory).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var documents = Path.Combine(folder, "documents.json");
            var entities = Path.Combine(folder, "entities.json");
            if (!File.Exists(documents) || !File.Exists(entities))
            {
                continue;
            }

            try
            {
                docs.AddRange(ParseRe3d(File.ReadAllText(documents), File.ReadAllText(entities)));
            }
            catch (JsonException ex)
            {
                return Outcome<IReadOnlyList<NerDocument>>.Fail(folder, $"not re3d JSON lines: {ex.Message}");
            }
        }

        return docs.Count == 0
            ? Outcome<IReadOnlyList<NerDocument>>.Fail(directory, "no folder with documents.json and entities.json found")
            : Outcome<IReadOnlyList<NerDocument>>.Success(docs);
    }

    /// <summary>Reads a CoNLL file, or every *.txt and *.conll file of a folder.</summary>
    public static Outcome<IReadOnlyList<NerDocument>> ReadConll(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".conll", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            return Outcome<IReadOnlyList<NerDocument>>.Fail(path, "no such file or folder");
        }

        var docs = new List<NerDocument>();
        foreach (var file in files)
        {
            docs.AddRange(ParseConll(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
        }

        return docs.Count == 0
            ? Outcome<IReadOnlyList<NerDocument>>.Fail(path, "no CoNLL documents found (expected lines of 'token TAG')")
            : Outcome<IReadOnlyList<NerDocument>>.Success(docs);
    }

    /// <summary>Documents of one re3d source folder, from the text of its two JSON-lines files.</summary>
    public static IReadOnlyList<NerDocument> ParseRe3d(string documentsJsonl, string entitiesJsonl)
    {
        ArgumentNullException.ThrowIfNull(documentsJsonl);
        ArgumentNullException.ThrowIfNull(entitiesJsonl);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in Lines(documentsJsonl))
        {
            using var d = JsonDocument.Parse(line);
            var id = d.RootElement.GetProperty("_id").GetString()!;
            texts[id] = d.RootElement.GetProperty("text").GetString() ?? string.Empty;
            order.Add(id);
        }

        var kept = new Dictionary<string, List<NerSpan>>(StringComparer.Ordinal);
        var ignored = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var line in Lines(entitiesJsonl))
        {
            using var e = JsonDocument.Parse(line);
            var root = e.RootElement;
            var docId = root.GetProperty("documentId").GetString()!;
            if (!texts.TryGetValue(docId, out var text))
            {
                continue;
            }

            var begin = root.GetProperty("begin").GetInt32();
            var end = root.GetProperty("end").GetInt32();
            if (begin < 0 || end > text.Length || end <= begin || root.GetProperty("confidence").GetDouble() < 0.5)
            {
                continue;
            }

            var span = new TextSpan(begin, end);
            EntityType? type = root.GetProperty("type").GetString() switch
            {
                "Person" => EntityType.Person,
                "Organisation" => EntityType.Org,
                "Location" when IsNamedPlace(span.Of(text)) => EntityType.Gpe,
                "Weapon" or "MilitaryPlatform" => EntityType.System,
                _ => null,
            };
            if (type is { } t)
            {
                Add(kept, docId, new NerSpan(span, t));
            }
            else
            {
                Add(ignored, docId, span);
            }
        }

        var docs = new List<NerDocument>();
        foreach (var id in order)
        {
            var spans = kept.TryGetValue(id, out var k) ? k : [];
            var skip = ignored.TryGetValue(id, out var ig) ? ig : [];

            // Where kept spans overlap, the longest stays; the others are ignored, not scored.
            var longestFirst = spans.OrderByDescending(s => s.Span.Length).ThenBy(s => s.Span.Start).ToList();
            var gold = new List<NerSpan>();
            foreach (var s in longestFirst)
            {
                if (gold.Exists(g => g.Span.Overlaps(s.Span)))
                {
                    skip.Add(s.Span);
                }
                else
                {
                    gold.Add(s);
                }
            }

            docs.Add(new NerDocument(id, texts[id], [.. gold.OrderBy(g => g.Span.Start)], skip));
        }

        return docs;
    }

    /// <summary>Documents of a CoNLL text. Without "-DOCSTART-" lines the whole text is one document.</summary>
    public static IReadOnlyList<NerDocument> ParseConll(string conll, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(conll);
        var docs = new List<NerDocument>();
        var text = new StringBuilder();
        var gold = new List<NerSpan>();
        var ignored = new List<TextSpan>();
        string? openTag = null;
        var openStart = 0;
        var lineStart = true;

        void Close()
        {
            if (openTag is null)
            {
                return;
            }

            var span = new TextSpan(openStart, text.Length);
            EntityType? type = openTag switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Org,
                "LOC" => EntityType.Gpe,
                _ => null,
            };
            if (type is { } t)
            {
                gold.Add(new NerSpan(span, t));
            }
            else
            {
                ignored.Add(span);
            }

            openTag = null;
        }

        void Flush()
        {
            Close();
            if (text.Length > 0)
            {
                docs.Add(new NerDocument($"{idPrefix}-{docs.Count + 1:D3}", text.ToString().TrimEnd('\n'), [.. gold], [.. ignored]));
            }

            text.Clear();
            gold.Clear();
            ignored.Clear();
            lineStart = true;
        }

        foreach (var raw in conll.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Close();
                if (!lineStart)
                {
                    text.Append('\n');
                    lineStart = true;
                }

                continue;
            }

            var cut = line.LastIndexOfAny([' ', '\t']);
            if (cut <= 0)
            {
                continue;
            }

            var token = line[..cut].Trim();
            var tag = line[(cut + 1)..].Trim();
            if (token == "-DOCSTART-")
            {
                Flush();
                continue;
            }

            var (prefix, label) = tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', (string?)null);
            if (tag != "O" && label is null)
            {
                label = tag;
                prefix = 'I';
            }

            if (label is null || prefix == 'B' || label != openTag)
            {
                Close();
            }

            if (!lineStart)
            {
                text.Append(' ');
            }

            if (label is not null && openTag is null)
            {
                openTag = label;
                openStart = text.Length;
            }

            text.Append(token);
            lineStart = false;
        }

        Flush();
        return docs;
    }

    /// <summary>A named place: every word capitalised, apart from particles ("of", "al-", "ez-").</summary>
    internal static bool IsNamedPlace(string value)
    {
        var words = value.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = words[0] is "the" or "The" && words.Length > 1 ? 1 : 0;
        for (var i = first; i < words.Length; i++)
        {
            var w = words[i];
            var dash = w.IndexOf('-', StringComparison.Ordinal);
            var prefixed = dash > 0 && Particles.Contains(w[..dash]) && dash + 1 < w.Length && char.IsUpper(w[dash + 1]);
            if (char.IsUpper(w[0]) || char.IsDigit(w[0]) || prefixed || (Particles.Contains(w) && i > first))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static IEnumerable<string> Lines(string jsonl) =>
        jsonl.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
