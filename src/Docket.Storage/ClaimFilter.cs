using Docket.Domain.Decisions;

namespace Docket.Storage;

/// <summary>
/// Which claims to read. Every field is optional (null: any); the fields combine with AND.
/// <see cref="Supplier"/> and <see cref="Recipient"/> are the roles of a decision question, not
/// of the event: a REQUEST's actor is the recipient country asking and its recipient the supplier
/// asked (GOLD-FORMAT.md), so a REQUEST by Ukraine to the United States matches Supplier "United
/// States", Recipient "Ukraine". Names (parties and systems) compare case-insensitively in ASCII,
/// as the reconciler's question keys do ("united states" finds "United States"); the caller maps
/// aliases ("U.S.") to canonical names first.
/// </summary>
public sealed record ClaimFilter
{
    /// <summary>Only claims that could be known on this day: the last day their publication date
    /// can mean is on or before it. Claims with no publication date are left out when set. The
    /// strict reading, for listings that must not show anything possibly published later; status
    /// queries use <see cref="KnownBy"/>, the reconciler's rule.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only claims known on or before this day by the reconciler's knowledge-time rule
    /// (<c>Docket.Core.Reconcile.KnowledgeTime</c>): the first day their publication date (or its
    /// estimate) can mean, or, for an article with no publication date, the day Docket ingested it.
    /// Exactly the claims <c>KnowledgeTime.KnownBy</c> keeps, so a status query may filter in the store.</summary>
    public DateOnly? KnownBy { get; init; }

    public string? Supplier { get; init; }

    public string? System { get; init; }

    /// <summary>Any of these systems (or labels); a null entry matches claims with no system. An
    /// empty list matches nothing.</summary>
    public IReadOnlyList<string?>? Systems { get; init; }

    public string? Recipient { get; init; }

    /// <summary>The event's own actor (who acted: the user of a USE, the asker of a REQUEST),
    /// unlike <see cref="Supplier"/>, which is a question role.</summary>
    public string? Actor { get; init; }

    public EventType? Type { get; init; }

    public Aspect? Aspect { get; init; }

    /// <summary>Only claims of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Also every other claim of the articles that have a matching claim (their WARN,
    /// DEPLOY, SUPPORT and USE events, and claims on other questions): the context the reconciler
    /// attaches to a question from the articles that make a claim on it.</summary>
    public bool WithArticleContext { get; init; }

    /// <summary>The filter of one decision question.</summary>
    public static ClaimFilter For(DecisionQuestion question, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new ClaimFilter
        {
            Supplier = question.Supplier,
            System = question.System,
            Recipient = question.Recipient,
            Aspect = question.Aspect,
            AsOf = asOf,
        };
    }
}
