using System.Text.Json;
using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>
/// Turns one JSON article object into a raw document: <c>text</c> (plain text) or, when there is
/// no text, <c>html</c>; <c>id</c>, <c>url</c>, <c>outlet</c>, <c>published</c>, <c>title</c>,
/// <c>byline</c>/<c>author</c> and <c>language</c> become hints. Other fields (<c>gold</c>) are
/// ignored. Fields of the wrong type are ignored, never fatal; a missing body is a failure.
/// </summary>
internal static class ArticleObject
{
    public static Outcome<RawDocument> ToDocument(string input, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Outcome<RawDocument>.Fail(input, $"expected a JSON object holding an article, found {Describe(element.ValueKind)}");
        }

        var text = String(element, "text");
        var html = String(element, "html");
        string content;
        DocumentFormat format;
        if (!string.IsNullOrWhiteSpace(text))
        {
            // The gold format's text is what the annotators scored against; HTML, when both are
            // present, is only a richer copy of it.
            content = text;
            format = DocumentFormat.PlainText;
        }
        else if (!string.IsNullOrWhiteSpace(html))
        {
            content = html;
            format = DocumentFormat.Html;
        }
        else
        {
            var why = text is not null || html is not null ? "its 'text' and 'html' are empty" : "it has no 'text' or 'html' string field";
            return Outcome<RawDocument>.Fail(input, $"JSON article has no content: {why}");
        }

        var hints = new DocumentHints
        {
            Id = String(element, "id") ?? Number(element, "id"),
            Url = String(element, "url"),
            Outlet = String(element, "outlet"),
            Published = String(element, "published"),
            Title = String(element, "title"),
            Byline = String(element, "byline") ?? String(element, "author"),
            Language = String(element, "language"),
        };
        return Outcome<RawDocument>.Success(new RawDocument(input, content, format, hints));
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    private static string? Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
