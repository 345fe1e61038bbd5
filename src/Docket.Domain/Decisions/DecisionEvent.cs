using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Domain.Decisions;

/// <summary>
/// One event an article reports (GOLD-FORMAT.md "events"): who did what about which system for
/// whom, how certain the text is, and the sentence that says it. Names are canonical ("United
/// States", "Ukraine", "ATACMS"); an unnamed system keeps the article's own label ("long-range
/// rockets"); a general aid package has <see cref="System"/> null. All spans are absolute offsets
/// into the article text as received. Immutable.
/// </summary>
public sealed record DecisionEvent
{
    public required EventType Type { get; init; }

    /// <summary>The party that acts (the asker for a REQUEST, the warner for a WARN).</summary>
    public string? Actor { get; init; }

    /// <summary>The other party (the government asked, for a REQUEST).</summary>
    public string? Recipient { get; init; }

    /// <summary>Canonical system name, the article's own label for an unnamed one, or null.</summary>
    public string? System { get; init; }

    /// <summary>Transfer or use; null for WARN and DEPLOY.</summary>
    public Aspect? Aspect { get; init; }

    public Polarity Polarity { get; init; } = Polarity.Positive;

    public Certainty Certainty { get; init; } = Certainty.Asserted;

    /// <summary>Limits or extent in words ("only Russian targets in occupied parts of Ukraine"), when stated.</summary>
    public string? Scope { get; init; }

    /// <summary>When the event happened, as precise as the text allows, resolved against the
    /// publication date; null where the text gives no clue (ongoing states).</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Attribution chain, nearest relay first ("The New York Times", "anonymous U.S.
    /// officials"); empty when the outlet asserts it itself.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The sentence that reports the event.</summary>
    public required TextSpan Evidence { get; init; }

    /// <summary>The word or phrase that signals the event ("authorized", "has not committed").</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>True when the article presents the event as news, a change ("for the first time",
    /// "reversing"), rather than as background; within one article the news outranks its background.</summary>
    public bool IsChange { get; init; }

    /// <summary>Which rule produced it, so every result can be explained.</summary>
    public required string Rule { get; init; }
}

/// <summary>
/// A link of the support chain that an article says a capability depends on (seed 000), and its
/// reported state when the article gives one ("training began", "parts delayed").
/// </summary>
public sealed record Prerequisite
{
    /// <summary>What the recipient wants to be able to do ("long-range strikes with Western missiles").</summary>
    public required string Capability { get; init; }

    public string? Recipient { get; init; }

    public required Requirement Requirement { get; init; }

    /// <summary>Who is said to provide the link ("Western partners"), when named.</summary>
    public string? Provider { get; init; }

    /// <summary>The reported state in the article's words ("began", "delayed"), when given.</summary>
    public string? State { get; init; }

    public required TextSpan Evidence { get; init; }

    /// <summary>The words that name the requirement ("spare parts").</summary>
    public required TextSpan Cue { get; init; }

    public required string Rule { get; init; }
}
