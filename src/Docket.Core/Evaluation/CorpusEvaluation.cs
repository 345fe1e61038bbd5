using Docket.Core.Pipeline;
using Docket.Domain;

namespace Docket.Core.Evaluation;

/// <summary>Precision, recall and F1 of one section, with the counts they come from.</summary>
/// <param name="Matched">Items (tokens, for the body) found in both prediction and gold.</param>
/// <param name="Predicted">Items Docket produced.</param>
/// <param name="Gold">Items the gold holds.</param>
public sealed record CorpusScore(int Matched, int Predicted, int Gold)
{
    /// <summary>Matched / Predicted; 1 when nothing was predicted and nothing was expected, 0 when only the gold is empty.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    /// <summary>Matched / Gold; 1 when the gold is empty.</summary>
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static CorpusScore operator +(CorpusScore a, CorpusScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new CorpusScore(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
    }

    public static CorpusScore Add(CorpusScore a, CorpusScore b) => a + b;

    public static CorpusScore Zero { get; } = new(0, 0, 0);
}

/// <summary>How one gold document fared.</summary>
/// <param name="Id">The gold file's id.</param>
/// <param name="Path">The file.</param>
/// <param name="Body">Its body score (tokens).</param>
/// <param name="Failure">Why Docket produced nothing for it, when it failed (its prediction then counts as empty).</param>
public sealed record CorpusDocumentScore(string Id, string Path, CorpusScore Body, string? Failure);

/// <summary>
/// The result of scoring Docket on a gold corpus: one property per scored section. Sections
/// for entities, events, prerequisites and status are added beside <see cref="Body"/> as they
/// are built (each with its scorer in <see cref="CorpusEvaluation"/>).
/// </summary>
/// <param name="Documents">Gold documents read.</param>
/// <param name="Body">Body extraction, token level, micro-averaged over the corpus.</param>
/// <param name="PerDocument">Each document's scores, in file order.</param>
/// <param name="Failures">Files that could not be read or processed, with why.</param>
public sealed record CorpusReport(int Documents, CorpusScore Body, IReadOnlyList<CorpusDocumentScore> PerDocument, IReadOnlyList<Failure> Failures)
{
    /// <summary>Decision events (<see cref="EventScoring"/>), over documents whose gold has <c>events</c>.</summary>
    public EventMetrics? Events { get; init; }

    /// <summary>Entities over (normalised name, type) per document, micro-averaged (<see cref="EntityScoring"/>); null when no file has gold entities.</summary>
    public EntityScore? Entities { get; init; }

    /// <summary>Share of gold status entries answered right (<see cref="StatusScoring"/>); null when no file has gold status.</summary>
    public StatusMetrics? Status { get; init; }

    /// <summary>Prerequisites, over documents whose gold has <c>prerequisites</c>.</summary>
    public PrerequisiteMetrics? Prerequisites { get; init; }

    /// <summary>Misses, false alarms and disagreements of events and prerequisites, for <c>--verbose</c>.</summary>
    public IReadOnlyList<ScoringNote> Notes { get; init; } = [];

    /// <summary>Each processed document's output in the gold's shape, by gold id, for <c>--out</c>.</summary>
    public IReadOnlyList<(string Id, System.Text.Json.Nodes.JsonObject Gold)> Predictions { get; init; } = [];
}

/// <summary>
/// Scores Docket against a gold corpus folder (../shared/corpus/GOLD-FORMAT.md): reads every
/// <c>*.json</c> file, runs the pipeline on its <c>text</c> (or <c>html</c>) and compares the
/// result with its <c>gold</c>.
/// <para>
/// <b>Body.</b> The predicted body (<c>Article.Body</c>) and the gold <c>body</c> are each
/// turned into a bag of tokens: every maximal match of the regular expression <c>\w+</c>,
/// case-sensitive, counted with repeats (<see cref="CorpusTokenBag"/>). For each document,
/// matched = Σ over token types of min(predicted count, gold count). The corpus score is
/// micro-averaged: precision = Σ matched / Σ predicted tokens, recall = Σ matched / Σ gold
/// tokens over all documents, F1 = 2PR / (P + R). A document the pipeline rejects counts as an
/// empty prediction (it costs recall); a file that cannot be read is reported as a failure and
/// not scored.
/// </para>
/// <para>Adding a section (entities, events, ...): compute its <see cref="CorpusScore"/> per
/// document from <see cref="CorpusGoldArticle.Gold"/> and the processed article in
/// <see cref="Evaluate(string)"/>, sum it, and add a property to <see cref="CorpusReport"/>.</para>
/// </summary>
public sealed class CorpusEvaluation
{
    private readonly DocketPipeline _pipeline;

    /// <param name="pipeline">The pipeline to score; the default one when null.</param>
    public CorpusEvaluation(DocketPipeline? pipeline = null)
    {
        _pipeline = pipeline ?? new DocketPipelineBuilder().UseDefaults().Build();
    }

    public CorpusReport Evaluate(string folder)
    {
        var perDocument = new List<CorpusDocumentScore>();
        var failures = new List<Failure>();
        var body = CorpusScore.Zero;
        var decisions = new EventScoring();
        var predictions = new List<(string, System.Text.Json.Nodes.JsonObject)>();
        var scoredEvents = false;
        var scoredPrerequisites = false;
        var entities = new List<(IReadOnlyList<ScoredEntity> Predicted, IReadOnlyList<ScoredEntity> Gold)>();
        var status = new StatusScoring();
        foreach (var read in CorpusGold.Read(folder))
        {
            if (!read.TryGetValue(out var gold))
            {
                failures.Add(read.Failure!);
                continue;
            }

            var processed = _pipeline.Process(gold.Document);
            var predictedBody = processed.TryGetValue(out var article) ? article.Article.Body : string.Empty;
            if (!processed.IsSuccess)
            {
                failures.Add(processed.Failure!);
            }

            // A file without a gold body (annotated for other sections only) is not scored on it.
            var bodyScore = gold.GoldBody is null ? CorpusScore.Zero : ScoreBody(predictedBody, gold.GoldBody);
            body += bodyScore;
            perDocument.Add(new CorpusDocumentScore(gold.Id, gold.Path, bodyScore, processed.Failure?.Reason));
            scoredEvents |= ScoreDecisions(decisions, gold, processed.IsSuccess ? article : null, out var hadPrerequisites);
            scoredPrerequisites |= hadPrerequisites;
            status.Add(gold.Id, gold.Gold, processed.IsSuccess ? article : null);
            if (GoldEntities(gold.Gold) is { } goldEntities)
            {
                entities.Add((processed.IsSuccess ? EntityScoring.Predicted(article.Analysis.Entities) : [], goldEntities));
            }

            if (processed.IsSuccess)
            {
                predictions.Add((gold.Id, PredictionDocument.ToGold(article)));
            }
        }

        return new CorpusReport(perDocument.Count, body, perDocument, failures)
        {
            Events = scoredEvents ? decisions.Events : null,
            Prerequisites = scoredPrerequisites ? decisions.Prerequisites : null,
            Entities = entities.Count > 0 ? EntityScoring.Score(entities) : null,
            Status = status.HasGold ? status.Score() : null,
            Notes = decisions.Notes,
            Predictions = predictions,
        };
    }

    /// <summary>Scores one document's events and prerequisites when its gold has them; a document
    /// the pipeline failed on counts as predicting nothing.</summary>
    /// <summary>The gold <c>entities</c> list of a document, or null when it has none.</summary>
    private static List<ScoredEntity>? GoldEntities(System.Text.Json.JsonElement gold)
    {
        if (gold.ValueKind != System.Text.Json.JsonValueKind.Object || !gold.TryGetProperty("entities", out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array)
        {
            return null;
        }

        var result = new List<ScoredEntity>();
        foreach (var e in list.EnumerateArray())
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object
                && e.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String
                && e.TryGetProperty("type", out var type) && ScoredEntity.TryParseType(type.GetString(), out var t))
            {
                result.Add(new ScoredEntity(name.GetString()!, t));
            }
        }

        return result;
    }

    private static bool ScoreDecisions(EventScoring scoring, CorpusGoldArticle gold, ProcessedArticle? article, out bool hadPrerequisites)
    {
        var text = gold.Document.Content;
        var hasEvents = gold.Gold.ValueKind == System.Text.Json.JsonValueKind.Object && gold.Gold.TryGetProperty("events", out _);
        hadPrerequisites = gold.Gold.ValueKind == System.Text.Json.JsonValueKind.Object && gold.Gold.TryGetProperty("prerequisites", out _);
        if (hasEvents)
        {
            var predicted = article is null ? [] : article.Analysis.Events.Select(e => new Predicted<EventGold.Event>(EventGold.From(e, text), e.Evidence)).ToList();
            scoring.AddEvents(gold.Id, text, EventGold.ReadEvents(gold.Gold), predicted);
        }

        if (hadPrerequisites)
        {
            var predicted = article is null ? [] : article.Analysis.Prerequisites.Select(p => new Predicted<EventGold.Prerequisite>(EventGold.From(p, text), p.Evidence)).ToList();
            scoring.AddPrerequisites(gold.Id, text, EventGold.ReadPrerequisites(gold.Gold), predicted);
        }

        return hasEvents;
    }

    /// <summary>Token overlap of a predicted body with a gold body (see the class remarks).</summary>
    public static CorpusScore ScoreBody(string? predicted, string? gold)
    {
        var p = CorpusTokenBag.Of(predicted);
        var g = CorpusTokenBag.Of(gold);
        return new CorpusScore(p.Overlap(g), p.Total, g.Total);
    }
}
