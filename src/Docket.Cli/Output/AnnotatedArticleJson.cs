using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Text;
using Docket.Storage.Serialization;

namespace Docket.Cli.Output;

/// <summary>
/// An article and everything its analysis found, as <c>docket analyze --json</c> prints it: id, metadata, text,
/// body and every list of <see cref="ArticleAnalysis"/> (tokens aside), each item with all its fields. Every span
/// is written as <c>{"start", "end", "text"}</c>: offsets into the article text as received and the text they
/// cover, so a reader can check <c>text[start..end]</c> without the article at hand. The analysis is serialized
/// generically (the stored form's vocabularies and dates), so a list added to <see cref="ArticleAnalysis"/> shows
/// up here with no change. One instance serves one thread: the span converter holds the current article's text.
/// </summary>
internal sealed class AnnotatedArticleJson
{
    private readonly SpanWithText _spans = new();
    private readonly JsonSerializerOptions _options;

    public AnnotatedArticleJson()
    {
        _options = new JsonSerializerOptions(AnalysisJson.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutTokens } },
        };

        // First in the list, so it wins over the stored form's [start, end] converter.
        _options.Converters.Insert(0, _spans);
        _options.MakeReadOnly();
    }

    /// <summary>The article as a JSON object; <paramref name="analysis"/> null (an article stored without one)
    /// gives <c>"analysis": null</c>.</summary>
    public JsonObject Of(Article article, ArticleAnalysis? analysis, IReadOnlyList<string> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(diagnostics);
        _spans.Text = article.Text;
        return new JsonObject
        {
            ["id"] = article.Id,
            ["input"] = article.Input,
            ["external_id"] = article.ExternalId,
            ["format"] = article.Format == DocumentFormat.Html ? "html" : "plain_text",
            ["metadata"] = JsonSerializer.SerializeToNode(article.Metadata, _options),
            ["text"] = article.Text,
            ["body"] = article.Body,
            ["analysis"] = analysis is null ? null : JsonSerializer.SerializeToNode(analysis, _options),
            ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => (JsonNode?)JsonValue.Create(d))]),
        };
    }

    // Tokens are many and derivable from the text; the stored form leaves them out too.
    private static void LeaveOutTokens(JsonTypeInfo info)
    {
        if (info.Type == typeof(ArticleAnalysis))
        {
            var tokens = info.Properties.FirstOrDefault(p => p.Name == "tokens");
            if (tokens is not null)
            {
                info.Properties.Remove(tokens);
            }
        }
    }

    /// <summary>A span as <c>{"start", "end", "text"}</c>; <c>text</c> is null when the span does not fit the text
    /// (a damaged store), so the output still shows the offsets.</summary>
    private sealed class SpanWithText : JsonConverter<TextSpan>
    {
        public string Text { get; set; } = string.Empty;

        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("analyze output is written, never read back.");

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", value.Start);
            writer.WriteNumber("end", value.End);
            if (value.End <= Text.Length)
            {
                writer.WriteString("text", value.Of(Text));
            }
            else
            {
                writer.WriteNull("text");
            }

            writer.WriteEndObject();
        }
    }
}
