using System.Text.Json;
using System.Text.Json.Nodes;
using Docket.Domain.Decisions;

namespace Docket.Core.Evaluation;

/// <summary>
/// The <c>gold.events</c> and <c>gold.prerequisites</c> of GOLD-FORMAT.md as plain strings, read
/// from a gold file or written from Docket's own events (predictions in the gold's shape, so they
/// can be diffed against a gold file and scored by the same code).
/// </summary>
public static class EventGold
{
    /// <summary>One event as the gold format writes it. <see cref="Evidence"/> is a sentence of the
    /// text, verbatim.</summary>
    public sealed record Event(
        string Type,
        string? Actor,
        string? Recipient,
        string? System,
        string? Aspect,
        string Polarity,
        string Certainty,
        string? Scope,
        string? Date,
        IReadOnlyList<string> Sources,
        string Evidence);

    /// <summary>One prerequisite as the gold format writes it.</summary>
    public sealed record Prerequisite(string Capability, string? Recipient, string Requirement, string? Provider, string? State, string Evidence);

    /// <summary>Reads <c>events</c> from a <c>gold</c> object; entries without a type or evidence are skipped.</summary>
    public static IReadOnlyList<Event> ReadEvents(JsonElement gold)
    {
        if (gold.ValueKind != JsonValueKind.Object || !gold.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<Event>();
        foreach (var e in events.EnumerateArray())
        {
            var type = Str(e, "type");
            var evidence = Str(e, "evidence");
            if (type is null || evidence is null)
            {
                continue;
            }

            list.Add(new Event(
                type,
                Str(e, "actor"),
                Str(e, "recipient"),
                Str(e, "system"),
                Str(e, "aspect"),
                Str(e, "polarity") ?? "positive",
                Str(e, "certainty") ?? "asserted",
                Str(e, "scope"),
                Str(e, "date"),
                e.TryGetProperty("sources", out var s) && s.ValueKind == JsonValueKind.Array
                    ? [.. s.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
                    : [],
                evidence));
        }

        return list;
    }

    /// <summary>Reads <c>prerequisites</c> from a <c>gold</c> object.</summary>
    public static IReadOnlyList<Prerequisite> ReadPrerequisites(JsonElement gold)
    {
        if (gold.ValueKind != JsonValueKind.Object || !gold.TryGetProperty("prerequisites", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<Prerequisite>();
        foreach (var p in items.EnumerateArray())
        {
            var requirement = Str(p, "requirement");
            var evidence = Str(p, "evidence");
            if (requirement is null || evidence is null)
            {
                continue;
            }

            list.Add(new Prerequisite(Str(p, "capability") ?? string.Empty, Str(p, "recipient"), requirement, Str(p, "provider"), Str(p, "state"), evidence));
        }

        return list;
    }

    /// <summary>A Docket event in the gold's shape; <paramref name="text"/> is the article text its
    /// evidence span points into.</summary>
    public static Event From(DecisionEvent e, string text)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(text);
        return new Event(
            GoldNames.Of(e.Type),
            e.Actor,
            e.Recipient,
            e.System,
            e.Aspect is { } a ? GoldNames.Of(a) : null,
            GoldNames.Of(e.Polarity),
            GoldNames.Of(e.Certainty),
            e.Scope,
            e.Date?.ToString(),
            e.Sources,
            Slice(text, e.Evidence.Start, e.Evidence.End));
    }

    public static Prerequisite From(Domain.Decisions.Prerequisite p, string text)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(text);
        return new Prerequisite(p.Capability, p.Recipient, GoldNames.Of(p.Requirement), p.Provider, p.State, Slice(text, p.Evidence.Start, p.Evidence.End));
    }

    /// <summary>The <c>events</c> array as JSON, with the gold's field names.</summary>
    public static JsonArray ToJson(IEnumerable<Event> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var array = new JsonArray();
        foreach (var e in events)
        {
            array.Add(new JsonObject
            {
                ["type"] = e.Type,
                ["actor"] = e.Actor,
                ["recipient"] = e.Recipient,
                ["system"] = e.System,
                ["aspect"] = e.Aspect,
                ["polarity"] = e.Polarity,
                ["certainty"] = e.Certainty,
                ["scope"] = e.Scope,
                ["date"] = e.Date,
                ["sources"] = new JsonArray([.. e.Sources.Select(s => (JsonNode?)JsonValue.Create(s))]),
                ["evidence"] = e.Evidence,
            });
        }

        return array;
    }

    /// <summary>The <c>prerequisites</c> array as JSON; "state" is written only when known.</summary>
    public static JsonArray ToJson(IEnumerable<Prerequisite> prerequisites)
    {
        ArgumentNullException.ThrowIfNull(prerequisites);
        var array = new JsonArray();
        foreach (var p in prerequisites)
        {
            var o = new JsonObject
            {
                ["capability"] = p.Capability,
                ["recipient"] = p.Recipient,
                ["requirement"] = p.Requirement,
                ["provider"] = p.Provider,
                ["evidence"] = p.Evidence,
            };
            if (p.State is not null)
            {
                o["state"] = p.State;
            }

            array.Add(o);
        }

        return array;
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : string.Empty;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
