using System.Text.Json;
using Docket.Core.Pipeline;
using Docket.Core.Reconcile;
using Docket.Domain.Decisions;
using Docket.Domain.Time;

namespace Docket.Core.Evaluation;

/// <summary>One gold <c>status</c> entry and what Docket answered.</summary>
public sealed record StatusOutcome(string Document, DecisionQuestion Question, DateOnly? AsOf, DecisionStatus Expected, DecisionStatus? Predicted)
{
    public bool Correct => Predicted == Expected;
}

/// <summary>Status accuracy: the share of gold status entries answered right.</summary>
public sealed record StatusMetrics(int Correct, int Total, IReadOnlyList<StatusOutcome> Outcomes)
{
    public double Accuracy => Total == 0 ? 1 : (double)Correct / Total;
}

/// <summary>
/// Scores the <c>status</c> section of GOLD-FORMAT.md: "the share of gold status entries that
/// the system's as-of query answers with the same status". Every scored document's predicted
/// events become claims (each document is its own story group; knowledge time is its
/// publication date or the estimate from its text); after the whole folder is read, each gold
/// entry (actor, system, recipient, aspect, as_of) is answered by <see cref="StatusReconciler"/>
/// over the claims of the whole folder known on that date (as_of null: everything). A question
/// with no state in effect counts as wrong.
/// </summary>
public sealed class StatusScoring
{
    private readonly List<Claim> _claims = [];
    private readonly List<(string Document, DecisionQuestion Question, DateOnly? AsOf, DecisionStatus Expected)> _gold = [];

    /// <summary>True once a document with a gold <c>status</c> array was added.</summary>
    public bool HasGold { get; private set; }

    public void Add(string documentId, JsonElement gold, ProcessedArticle? article)
    {
        if (article is not null)
        {
            _claims.AddRange(ArticleClaims.From(article.Article, article.Analysis, article.Article.Id, DateTimeOffset.UnixEpoch));
        }

        if (gold.ValueKind != JsonValueKind.Object || !gold.TryGetProperty("status", out var statuses) || statuses.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        HasGold = true;
        foreach (var s in statuses.EnumerateArray())
        {
            if (!GoldNames.TryParse<Aspect>(Text(s, "aspect"), out var aspect)
                || !GoldNames.TryParse<DecisionStatus>(Text(s, "status"), out var status)
                || Text(s, "actor") is not { } actor || Text(s, "recipient") is not { } recipient)
            {
                continue;
            }

            DateOnly? asOf = PartialDate.TryParse(Text(s, "as_of"), out var d) ? d.Latest : null;
            _gold.Add((documentId, new DecisionQuestion(actor, Text(s, "system"), recipient, aspect), asOf, status));
        }
    }

    public StatusMetrics Score()
    {
        var reconciler = StatusReconciler.Default;
        var outcomes = _gold
            .Select(g => new StatusOutcome(g.Document, g.Question, g.AsOf, g.Expected, reconciler.Query(_claims, g.Question, g.AsOf).Status))
            .ToList();
        return new StatusMetrics(outcomes.Count(o => o.Correct), outcomes.Count, outcomes);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
