using System.Text.Json;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>
/// Reads a <c>.json</c> file: one article object in the gold format
/// (../shared/corpus/GOLD-FORMAT.md), or an array of such objects ("path#N" each).
/// Malformed or too deeply nested JSON is a failure of the file.
/// </summary>
internal sealed class ArticleJsonReader
{
    private readonly JsonDocumentOptions _options;

    public ArticleJsonReader(int maxDepth)
    {
        _options = new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    }

    public IEnumerable<Outcome<RawDocument>> Read(string input, string text)
    {
        var parsed = Parse(input, text, _options);
        if (!parsed.TryGetValue(out var document))
        {
            return [Outcome<RawDocument>.Fail(parsed.Failure!)];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return [ArticleObject.ToDocument(input, root)];
            }

            var results = new List<Outcome<RawDocument>>();
            var n = 0;
            foreach (var item in root.EnumerateArray())
            {
                n++;
                results.Add(ArticleObject.ToDocument($"{input}#{n}", item));
            }

            if (n == 0)
            {
                results.Add(Outcome<RawDocument>.Fail(input, "JSON array holds no articles"));
            }

            return results;
        }
    }

    /// <summary>Parses JSON, turning the parser's complaints (syntax, depth) into a failure.</summary>
    internal static Outcome<JsonDocument> Parse(string input, string text, JsonDocumentOptions options)
    {
        try
        {
            return Outcome<JsonDocument>.Success(JsonDocument.Parse(text, options));
        }
        catch (JsonException ex)
        {
            var depth = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $" (nested deeper than {options.MaxDepth} levels)"
                : string.Empty;
            return Outcome<JsonDocument>.Fail(input, $"malformed JSON{depth}: {ex.Message}");
        }
    }
}
