using System.Text.Json;
using Docket.Core.Ingest;
using Docket.Core.Ingest.Readers;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Evaluation;

/// <summary>One annotated article of a gold corpus (../shared/corpus/GOLD-FORMAT.md): the document
/// to run Docket on, and its <c>gold</c> object as written.</summary>
public sealed record CorpusGoldArticle(string Path, string Id, RawDocument Document, JsonElement Gold)
{
    /// <summary>The gold body, or null when the file has none.</summary>
    public string? GoldBody =>
        Gold.ValueKind == JsonValueKind.Object && Gold.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
}

/// <summary>Reads a gold corpus folder: every <c>*.json</c> file directly in it, in ordinal order.
/// A file that cannot be read is a failure naming it; the others are still read.</summary>
public static class CorpusGold
{
    public static IReadOnlyList<Outcome<CorpusGoldArticle>> Read(string folder, InputReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var limits = options ?? new InputReaderOptions();
        var parse = new JsonDocumentOptions { MaxDepth = limits.MaxJsonDepth };
        return Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(path => ReadOne(path, parse, limits))
            .ToList();
    }

    private static Outcome<CorpusGoldArticle> ReadOne(string path, JsonDocumentOptions parse, InputReaderOptions limits)
    {
        var length = new FileInfo(path).Length;
        if (length > limits.MaxBytes)
        {
            return Outcome<CorpusGoldArticle>.Fail(path, $"file is {length} bytes, over the limit");
        }

        var parsed = ArticleJsonReader.Parse(path, File.ReadAllText(path), parse);
        if (!parsed.TryGetValue(out var json))
        {
            return Outcome<CorpusGoldArticle>.Fail(parsed.Failure!);
        }

        using (json)
        {
            var root = json.RootElement;
            var document = ArticleObject.ToDocument(path, root);
            if (!document.TryGetValue(out var raw))
            {
                return Outcome<CorpusGoldArticle>.Fail(document.Failure!);
            }

            var gold = root.TryGetProperty("gold", out var g) ? g.Clone() : default;
            var id = raw.Hints.Id ?? System.IO.Path.GetFileNameWithoutExtension(path);
            return Outcome<CorpusGoldArticle>.Success(new CorpusGoldArticle(path, id, raw, gold));
        }
    }
}
