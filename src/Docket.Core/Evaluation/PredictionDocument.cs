using System.Text.Json.Nodes;
using Docket.Core.Pipeline;
using Docket.Domain.Analysis;

namespace Docket.Core.Evaluation;

/// <summary>
/// Docket's output for one article in the shape of a gold file's <c>gold</c> object
/// (GOLD-FORMAT.md): <c>body</c>, <c>entities</c>, <c>events</c>, <c>prerequisites</c> and
/// <c>status</c>, so a prediction can be read, diffed and scored like gold. <c>status</c> stays
/// empty here: statuses come from reconciling claims, not from one article's analysis.
/// </summary>
public static class PredictionDocument
{
    /// <summary>The gold-shaped object for a processed article; event and prerequisite evidence are
    /// slices of the article text.</summary>
    public static JsonObject ToGold(ProcessedArticle processed)
    {
        ArgumentNullException.ThrowIfNull(processed);
        var text = processed.Article.Text;
        var entities = new JsonArray();
        foreach (var e in processed.Analysis.Entities.DistinctBy(e => (e.CanonicalName, e.Type)))
        {
            entities.Add(new JsonObject { ["name"] = e.CanonicalName, ["type"] = TypeName(e.Type) });
        }

        return new JsonObject
        {
            ["body"] = processed.Article.Body,
            ["entities"] = entities,
            ["events"] = EventGold.ToJson(processed.Analysis.Events.Select(e => EventGold.From(e, text))),
            ["prerequisites"] = EventGold.ToJson(processed.Analysis.Prerequisites.Select(p => EventGold.From(p, text))),
            ["status"] = new JsonArray(),
        };
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        _ => "SYSTEM",
    };
}
