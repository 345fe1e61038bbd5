using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Docket.Cli.Output;

/// <summary>
/// The readable view of <c>docket analyze</c>: the article's header, its sentences numbered, then one listing per
/// kind of analysis item (entities, times, quantities, attributions, ...), each item on a line with its offsets,
/// the text they cover, its fields and, last, the rule that produced it. Drawn from
/// <see cref="AnnotatedArticleJson"/>, so every kind the analysis holds is listed without a change here.
/// </summary>
internal static class AnnotatedArticleText
{
    private const int ClipAt = 160;

    public static void Write(TextWriter o, JsonObject article)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(article);
        var metadata = article["metadata"] as JsonObject;
        o.WriteLine(Scalar(metadata?["title"]) ?? "(untitled)");
        Field(o, "id", Scalar(article["id"]));
        Field(o, "input", Scalar(article["input"]) + (Scalar(article["external_id"]) is { } x ? $" (id {x})" : string.Empty));
        Field(o, "format", Scalar(article["format"]) == "html" ? "HTML" : "plain text");
        Field(o, "outlet", Scalar(metadata?["outlet"]));
        var published = Scalar(metadata?["published_date"]) ?? Scalar(metadata?["published"]);
        var estimated = metadata?["published_estimated"] is JsonValue e && e.GetValueKind() == JsonValueKind.True;
        Field(o, "published", published is null ? null : published + (estimated ? " (estimated from the text)" : string.Empty));
        Field(o, "byline", Scalar(metadata?["byline"]));
        Field(o, "url", Scalar(metadata?["url"]));
        Field(o, "length", $"{Scalar(article["body"])?.Length ?? 0} characters of body, {Scalar(article["text"])?.Length ?? 0} as received");
        foreach (var d in article["diagnostics"] as JsonArray ?? [])
        {
            Field(o, "note", Scalar(d));
        }

        if (article["analysis"] is not JsonObject analysis)
        {
            o.WriteLine();
            o.WriteLine("No analysis is stored for this article; analyze its file again to see one.");
            return;
        }

        var lists = analysis.Where(p => p.Value is JsonArray).Select(p => (Kind: p.Key, Items: (JsonArray)p.Value!)).ToList();
        o.WriteLine();
        o.WriteLine("Analysis: " + string.Join(", ", lists.Select(l => $"{l.Items.Count} {Words(l.Kind)}")) + ". Offsets are into the text as received.");
        foreach (var (kind, items) in lists)
        {
            if (items.Count == 0)
            {
                continue;
            }

            o.WriteLine();
            o.WriteLine($"{char.ToUpperInvariant(Words(kind)[0])}{Words(kind)[1..]} ({items.Count}):");
            var number = 0;
            foreach (var item in items.OfType<JsonObject>())
            {
                number++;
                o.WriteLine(kind == "sentences" ? Sentence(number, item) : Item(item));
            }
        }
    }

    private static string Sentence(int number, JsonObject sentence)
    {
        var span = sentence["span"] as JsonObject;
        return $"  [{number}] {Offsets(span)}  {Clip(Scalar(span?["text"]))}";
    }

    /// <summary>The item's own span first (its <c>span</c>, else its first span-valued field), then the other
    /// fields as <c>name=value</c> (nulls, false and empty lists left out), then its rule in brackets.</summary>
    private static string Item(JsonObject item)
    {
        var main = item.FirstOrDefault(p => p.Key == "span" && IsSpan(p.Value));
        if (main.Key is null)
        {
            main = item.FirstOrDefault(p => IsSpan(p.Value));
        }

        var line = new StringBuilder("  ");
        var mainText = main.Value is JsonObject m ? Scalar(m["text"]) : null;
        if (main.Value is JsonObject span)
        {
            line.Append(Offsets(span)).Append("  \"").Append(Clip(mainText)).Append('"');
        }

        foreach (var (name, value) in item)
        {
            if (name == main.Key || name == "rule" || (name == "surface" && Scalar(value) == mainText) || IsEmpty(value))
            {
                continue;
            }

            line.Append("  ").Append(name).Append('=').Append(Value(value));
        }

        if (Scalar(item["rule"]) is { } rule)
        {
            line.Append("  [").Append(rule).Append(']');
        }

        return line.ToString();
    }

    private static string Value(JsonNode? node) => node switch
    {
        JsonObject o when IsSpan(o) => $"\"{Clip(Scalar(o["text"]))}\"@{Offsets(o)}",
        JsonObject o => "{" + string.Join(", ", o.Where(p => !IsEmpty(p.Value)).Select(p => $"{p.Key}={Value(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join("; ", a.Select(Value)) + "]",
        _ => Scalar(node) ?? "null",
    };

    private static bool IsSpan(JsonNode? node) => node is JsonObject o && o.Count == 3 && o.ContainsKey("start") && o.ContainsKey("end") && o.ContainsKey("text");

    private static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonArray a && a.Count == 0) || (node is JsonValue v && v.GetValueKind() == JsonValueKind.False);

    private static string Offsets(JsonObject? span) =>
        span is null ? "?" : string.Create(CultureInfo.InvariantCulture, $"{Scalar(span["start"])}-{Scalar(span["end"])}");

    private static string? Scalar(JsonNode? node) => node is JsonValue v
        ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
        : null;

    /// <summary>"modality" -> "modality cues"; other keys as words ("prerequisites").</summary>
    private static string Words(string key) => key switch
    {
        "times" => "time expressions",
        "modality" => "modality cues",
        _ => key.Replace('_', ' '),
    };

    private static string Clip(string? text)
    {
        if (text is null)
        {
            return "(outside the text)";
        }

        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > ClipAt ? flat[..(ClipAt - 1)] + "…" : flat;
    }

    private static void Field(TextWriter o, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            o.WriteLine($"  {name + ":",-11}{value}");
        }
    }
}
