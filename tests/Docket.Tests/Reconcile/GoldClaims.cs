using System.Text.Json;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Tests.Reconcile;

/// <summary>One gold `status` entry: the question, the as-of date, the expected status.</summary>
internal sealed record GoldStatus(string File, DecisionQuestion Question, DateOnly? AsOf, DecisionStatus Expected);

/// <summary>
/// Reads gold files (GOLD-FORMAT.md) and turns their gold events into claims, as perfect
/// extraction would: one article is one story group, knowledge time is the file's `published`
/// (or, when null, the latest gold event date, marked estimated: DOMAIN.md's estimate rule). The
/// gold has no "is this the news?" flag, so <see cref="DecisionEvent.IsChange"/> is set the way
/// extraction sets it, from change cues in the evidence ("for the first time", "reversed").
/// </summary>
internal static class GoldClaims
{
    private static readonly string[] ChangeCues = ["first time", "revers", "u-turn", "about-face"];

    public static (List<Claim> Claims, List<GoldStatus> Statuses) Read(string folder)
    {
        var claims = new List<Claim>();
        var statuses = new List<GoldStatus>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var gold = root.GetProperty("gold");
            var events = gold.GetProperty("events").EnumerateArray().ToList();

            var published = DateOf(root, "published");
            var estimated = false;
            if (published is null)
            {
                published = events.Select(e => DateOf(e, "date")).Where(d => d is not null).Max();
                estimated = published is not null;
            }

            var n = 0;
            foreach (var e in events)
            {
                claims.Add(ClaimOf(id, Str(root, "outlet"), published, estimated, text, e, n++));
            }

            foreach (var s in gold.GetProperty("status").EnumerateArray())
            {
                GoldNames.TryParse<Aspect>(Str(s, "aspect"), out var aspect);
                GoldNames.TryParse<DecisionStatus>(Str(s, "status"), out var status);
                var asOf = DateOf(s, "as_of");
                statuses.Add(new GoldStatus(
                    Path.GetFileName(path),
                    new DecisionQuestion(Str(s, "actor")!, Str(s, "system"), Str(s, "recipient")!, aspect),
                    asOf?.Earliest,
                    status));
            }
        }

        return (claims, statuses);
    }

    private static Claim ClaimOf(string article, string? outlet, PartialDate? published, bool estimated, string text, JsonElement e, int ordinal)
    {
        GoldNames.TryParse<EventType>(Str(e, "type"), out var type);
        Aspect? aspect = GoldNames.TryParse<Aspect>(Str(e, "aspect"), out var a) ? a : null;
        var polarity = Str(e, "polarity") == "negative" ? Polarity.Negative : Polarity.Positive;
        GoldNames.TryParse<Certainty>(Str(e, "certainty"), out var certainty);
        var evidence = Str(e, "evidence") ?? string.Empty;
        var start = Math.Max(0, text.IndexOf(evidence, StringComparison.Ordinal));
        var isChange = type != EventType.Request
            && ChangeCues.Any(c => evidence.Contains(c, StringComparison.OrdinalIgnoreCase));
        var sources = e.TryGetProperty("sources", out var src) && src.ValueKind == JsonValueKind.Array
            ? src.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];
        return new Claim
        {
            Id = $"{article}#{ordinal}",
            ArticleId = article,
            Outlet = outlet,
            Published = published,
            PublishedEstimated = estimated,
            StoryGroup = article,
            EvidenceText = evidence,
            Event = new DecisionEvent
            {
                Type = type,
                Actor = Str(e, "actor"),
                Recipient = Str(e, "recipient"),
                System = Str(e, "system"),
                Aspect = aspect,
                Polarity = polarity,
                Certainty = certainty,
                Scope = Str(e, "scope"),
                Date = DateOf(e, "date"),
                Sources = sources,
                Evidence = TextSpan.FromLength(start, evidence.Length),
                Trigger = TextSpan.FromLength(start, 0),
                IsChange = isChange,
                Rule = "gold",
            },
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static PartialDate? DateOf(JsonElement e, string name) =>
        PartialDate.TryParse(Str(e, name), out var d) ? d : null;
}
