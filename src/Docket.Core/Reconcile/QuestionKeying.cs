using Docket.Domain.Decisions;

namespace Docket.Core.Reconcile;

/// <summary>
/// Maps a claim's event to the decision question it is about: (supplier, system or system
/// class, recipient, aspect), GOLD-FORMAT.md "actor"/"recipient" and DOMAIN.md "Decision question".
/// <list type="bullet">
/// <item>REQUEST: the actor is the asker and the recipient the government asked, so the
/// question is (event recipient, system, event actor, aspect): Ukraine asking the United States
/// for ATACMS is (United States, ATACMS, Ukraine, transfer). A third country asking for
/// permission to re-export (Estonia asking Germany) keys to (Germany, system, Estonia): the
/// event does not name the end recipient, so the request is not guessed onto Ukraine's question.</item>
/// <item>REVIEW, AUTHORIZE, RESTRICT, DENY, PLEDGE, DELIVER: (actor, system, recipient, aspect).
/// Third-country transfers follow the gold convention: AUTHORIZE/DENY name Ukraine as
/// recipient, so the United States clearing Slovakia's MiG-29s is (United States, MiG-29, Ukraine, transfer).</item>
/// <item>SUPPORT: keyed like a decision (actor provides, recipient receives), but only ever a signal.</item>
/// <item>USE (actor = the user), WARN, DEPLOY: no question of their own; the reconciler attaches
/// them as signals to the questions they relate to (<see cref="StatusReconciler"/>).</item>
/// <item>A null aspect on a decision event means transfer (supplying is the default sense of an
/// aid decision); a missing supplier or recipient leaves the claim unkeyed.</item>
/// <item>System: the canonical name from <see cref="SystemCatalog"/> when known, else the
/// article's own label ("long-range rockets"); null is general aid and is its own question.</item>
/// </list>
/// Names compare case-insensitively (<see cref="QuestionKey"/>).
/// </summary>
public static class QuestionKeying
{
    /// <summary>True for the types that can move a status (REQUEST through DELIVER).</summary>
    public static bool IsDecision(EventType type) => type is EventType.Request or EventType.Review or EventType.Authorize
        or EventType.Restrict or EventType.Deny or EventType.Pledge or EventType.Deliver;

    /// <summary>The question the event is about, or null when it has none (USE, WARN, DEPLOY, or a
    /// missing party).</summary>
    public static DecisionQuestion? QuestionOf(DecisionEvent e, SystemCatalog catalog) =>
        KeyOf(e, catalog) is { } k ? k.ToQuestion() : null;

    /// <summary><see cref="QuestionOf"/> as a lookup key, without allocating.</summary>
    public static QuestionKey? KeyOf(DecisionEvent e, SystemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!IsDecision(e.Type) && e.Type != EventType.Support)
        {
            return null;
        }

        var (supplier, recipient) = e.Type == EventType.Request ? (e.Recipient, e.Actor) : (e.Actor, e.Recipient);
        if (string.IsNullOrWhiteSpace(supplier) || string.IsNullOrWhiteSpace(recipient))
        {
            return null;
        }

        var aspect = e.Aspect ?? (e.Type == EventType.Support ? Aspect.Use : Aspect.Transfer);
        return new QuestionKey(supplier.Trim(), catalog.Canonical(e.System), recipient.Trim(), aspect);
    }
}

/// <summary>
/// A question's identity for lookups: supplier, system and recipient compared
/// case-insensitively (the CLI's <c>--system atacms</c> finds "ATACMS").
/// </summary>
public readonly record struct QuestionKey(string Supplier, string? System, string Recipient, Aspect Aspect)
{
    public static QuestionKey Of(DecisionQuestion q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new(q.Supplier, q.System, q.Recipient, q.Aspect);
    }

    public bool Equals(QuestionKey other) =>
        Aspect == other.Aspect
        && string.Equals(Supplier, other.Supplier, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Recipient, other.Recipient, StringComparison.OrdinalIgnoreCase)
        && string.Equals(System, other.System, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.OrdinalIgnoreCase.GetHashCode(Supplier),
        System is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(System),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Recipient),
        Aspect);

    /// <summary>The same parties and aspect, whatever the system.</summary>
    public bool SameParties(QuestionKey other) =>
        Aspect == other.Aspect
        && string.Equals(Supplier, other.Supplier, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Recipient, other.Recipient, StringComparison.OrdinalIgnoreCase);

    public QuestionKey WithoutSystem() => this with { System = null };

    public DecisionQuestion ToQuestion() => new(Supplier, System, Recipient, Aspect);
}
