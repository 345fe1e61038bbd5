using System.Text.Json;

namespace Docket.Core.Cleaning.Html;

/// <summary>What a page's schema.org JSON-LD says about its article (each field may be null).</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Publisher { get; init; }

    /// <summary>The full article text some publishers embed; a hint for finding the body.</summary>
    public string? ArticleBody { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }

    /// <summary>
    /// Reads the first article-like object (NewsArticle, Article, BlogPosting, ...) of the
    /// page's JSON-LD scripts, looking inside arrays, <c>@graph</c> lists and nested objects.
    /// The publisher may be given by <c>@id</c> reference to another node of the graph.
    /// Scripts that are not valid JSON are skipped.
    /// </summary>
    public static JsonLdArticle? Read(IReadOnlyList<string> scripts)
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        foreach (var script in scripts)
        {
            if (string.IsNullOrWhiteSpace(script) || script.Length > 2_000_000)
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(script.Trim().TrimEnd(';'), options);
            }
            catch (JsonException)
            {
                continue;
            }

            using (doc)
            {
                var found = FindArticle(doc.RootElement, out var nodesById);
                if (found is { } article)
                {
                    return FromElement(article, nodesById);
                }
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement root, out Dictionary<string, JsonElement> nodesById)
    {
        nodesById = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        JsonElement? first = null;
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 5000)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                for (var i = e.GetArrayLength() - 1; i >= 0; i--)
                {
                    stack.Push(e[i]);
                }

                continue;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (e.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                nodesById.TryAdd(id.GetString()!, e);
            }

            if (first is null && IsArticleType(e))
            {
                first = e;
            }

            foreach (var p in e.EnumerateObject())
            {
                if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    stack.Push(p.Value);
                }
            }
        }

        return first;
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting"
            or "SocialMediaPosting" or "Report" or "ReportageNewsArticle" or "NewsArticle");

    private static JsonLdArticle FromElement(JsonElement e, Dictionary<string, JsonElement> nodesById) => new()
    {
        Headline = StringOf(e, "headline") ?? StringOf(e, "name"),
        DatePublished = StringOf(e, "datePublished") ?? StringOf(e, "dateCreated"),
        DateModified = StringOf(e, "dateModified"),
        Authors = NamesOf(e, "author", nodesById),
        Publisher = NamesOf(e, "publisher", nodesById) is [var first, ..] ? first : null,
        ArticleBody = StringOf(e, "articleBody") ?? StringOf(e, "text"),
        Language = StringOf(e, "inLanguage"),
        Url = StringOf(e, "url") ?? UrlOfEntity(e),
    };

    private static string? UrlOfEntity(JsonElement e)
    {
        if (!e.TryGetProperty("mainEntityOfPage", out var m))
        {
            return null;
        }

        return m.ValueKind switch
        {
            JsonValueKind.String => m.GetString(),
            JsonValueKind.Object => StringOf(m, "@id") ?? StringOf(m, "url"),
            _ => null,
        };
    }

    private static string? StringOf(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0)
        {
            v = v[0];
        }

        var s = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static List<string> NamesOf(JsonElement e, string property, Dictionary<string, JsonElement> nodesById)
    {
        var names = new List<string>();
        if (!e.TryGetProperty(property, out var v))
        {
            return names;
        }

        void Add(JsonElement item)
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    var s = item.GetString();
                    if (!string.IsNullOrWhiteSpace(s))
                    {
                        names.Add(s.Trim());
                    }

                    break;
                case JsonValueKind.Object:
                    var name = StringOf(item, "name");
                    if (name is null && StringOf(item, "@id") is { } id && nodesById.TryGetValue(id, out var node))
                    {
                        name = StringOf(node, "name");
                    }

                    if (name is not null)
                    {
                        names.Add(name);
                    }

                    break;
                default:
                    break;
            }
        }

        if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                Add(item);
            }
        }
        else
        {
            Add(v);
        }

        return names;
    }
}
