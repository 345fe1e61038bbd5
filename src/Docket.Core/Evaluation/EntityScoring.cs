using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Core.Evaluation;

/// <summary>An entity as the gold files list it: a name and a type.</summary>
public readonly record struct ScoredEntity(string Name, EntityType Type)
{
    /// <summary>Parses a gold type ("PERSON", "ORG", "GPE", "SYSTEM"); false for anything else.</summary>
    public static bool TryParseType(string? text, out EntityType type)
    {
        (var ok, type) = text switch
        {
            "PERSON" => (true, EntityType.Person),
            "ORG" => (true, EntityType.Org),
            "GPE" => (true, EntityType.Gpe),
            "SYSTEM" => (true, EntityType.System),
            _ => (false, EntityType.Person),
        };
        return ok;
    }
}

/// <summary>One entity that one side has and the other lacks, for error listings.</summary>
public sealed record EntityDifference(int Document, string Name, EntityType Type);

/// <summary>Entity scores over a corpus: overall, per type, and what was missed or spurious.</summary>
public sealed record EntityScore(
    PrecisionRecall Overall,
    IReadOnlyDictionary<EntityType, PrecisionRecall> ByType,
    IReadOnlyList<EntityDifference> Missed,
    IReadOnlyList<EntityDifference> Spurious);

/// <summary>
/// Entity scoring of GOLD-FORMAT.md: precision, recall and F1 over the set of (normalised name, type) per
/// article, summed over articles (micro average). Normalisation, the same on both sides:
/// <list type="bullet">
/// <item>a name the gazetteer knows maps to its entry id, so every alias and spelling counts once: "Zelenskyy",
/// "Zelensky" and "Vladimir Zelensky" are one person, "Kiev" is "Kyiv", "Defense Department" is "Department of
/// Defense", "U.S. Army" is "US Army";</item>
/// <item>any other name is compared by <see cref="NameFolding.NameKey"/>: case and diacritics folded, a
/// leading "the", periods and apostrophes dropped, hyphens and spaces made one space.</item>
/// </list>
/// Two gold names of one entry ("Gray Eagle" and "MQ-1C") thus count as one entity, as they are one system.
/// Pure: it reads nothing but its arguments and the gazetteer.
/// </summary>
public static class EntityScoring
{
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Org, EntityType.Gpe, EntityType.System];

    /// <summary>The article-level entities of a list of mentions: names and demonyms (the gold lists the country
    /// that "Russian territory" names), not references ("he", "the newspaper"), which add no entity.</summary>
    public static IReadOnlyList<ScoredEntity> Predicted(IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return [.. mentions.Where(m => m.Kind != MentionKind.Reference).Select(m => new ScoredEntity(m.CanonicalName, m.Type)).Distinct()];
    }

    /// <summary>Scores predicted against gold entity lists, one pair per article.</summary>
    public static EntityScore Score(IEnumerable<(IReadOnlyList<ScoredEntity> Predicted, IReadOnlyList<ScoredEntity> Gold)> documents, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var g = gazetteer ?? Gazetteer.Default;
        var byType = Types.ToDictionary(t => t, _ => PrecisionRecall.Zero);
        var missed = new List<EntityDifference>();
        var spurious = new List<EntityDifference>();
        var index = 0;
        foreach (var (predicted, gold) in documents)
        {
            var p = KeySet(predicted, g);
            var q = KeySet(gold, g);
            foreach (var type in Types)
            {
                var pt = p.Where(kv => kv.Key.Type == type).ToDictionary(kv => kv.Key, kv => kv.Value);
                var qt = q.Where(kv => kv.Key.Type == type).ToDictionary(kv => kv.Key, kv => kv.Value);
                var tp = pt.Keys.Count(qt.ContainsKey);
                byType[type] += new PrecisionRecall(tp, pt.Count - tp, qt.Count - tp);
                missed.AddRange(qt.Where(kv => !pt.ContainsKey(kv.Key)).Select(kv => new EntityDifference(index, kv.Value, type)));
                spurious.AddRange(pt.Where(kv => !qt.ContainsKey(kv.Key)).Select(kv => new EntityDifference(index, kv.Value, type)));
            }

            index++;
        }

        var overall = byType.Values.Aggregate(PrecisionRecall.Zero, (a, b) => a + b);
        return new EntityScore(overall, byType, missed, spurious);
    }

    /// <summary>The comparison key of a name: "id:ENTRY" when the gazetteer knows it, else "name:KEY".</summary>
    public static string Key(string name, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var entry = (gazetteer ?? Gazetteer.Default).FindByName(name);
        return entry is not null ? "id:" + entry.Id : "name:" + NameFolding.NameKey(name);
    }

    private static Dictionary<(string Key, EntityType Type), string> KeySet(IReadOnlyList<ScoredEntity> entities, Gazetteer g)
    {
        var set = new Dictionary<(string, EntityType), string>();
        foreach (var e in entities)
        {
            set.TryAdd((Key(e.Name, g), e.Type), e.Name);
        }

        return set;
    }
}
