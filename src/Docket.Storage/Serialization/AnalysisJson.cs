using System.Text.Json;
using System.Text.Json.Serialization;
using Docket.Domain.Analysis;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Storage.Serialization;

/// <summary>
/// The stored JSON form of an <see cref="ArticleAnalysis"/>: snake_case keys, vocabularies as
/// the gold format spells them ("AUTHORIZE", "transfer", "SPARE_PARTS"), spans as
/// <c>[start, end]</c> absolute offsets into the article text, dates as ISO partial dates. The
/// same form is what <c>docket show --json</c> prints. Tokens are not stored: they are many,
/// cheap to recompute and derivable from the text, and would make the store several times larger.
/// </summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return JsonSerializer.Serialize(analysis with { Tokens = [] }, Options);
    }

    public static ArticleAnalysis Deserialize(string json) =>
        JsonSerializer.Deserialize<ArticleAnalysis>(json, Options) ?? ArticleAnalysis.Empty;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            IgnoreReadOnlyProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };

        // Gold spellings: the three lower-case vocabularies first, then every other enum upper snake case.
        options.Converters.Add(new JsonStringEnumConverter<Aspect>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Polarity>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Certainty>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>A span as <c>[start, end]</c>.</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A span is an array [start, end].");
        }

        reader.Read();
        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray || start < 0 || end < start)
        {
            throw new JsonException("A span is an array [start, end] with 0 <= start <= end.");
        }

        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}

/// <summary>A partial date as its ISO form ("2024", "2024-11", "2024-11-17").</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date) ? date : throw new JsonException("A date is YYYY, YYYY-MM or YYYY-MM-DD.");

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
