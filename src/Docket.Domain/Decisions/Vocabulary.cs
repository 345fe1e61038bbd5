namespace Docket.Domain.Decisions;

/// <summary>Kinds of decision event (GOLD-FORMAT.md, "Event type").</summary>
public enum EventType
{
    /// <summary>A party asks for a system or for permission.</summary>
    Request,

    /// <summary>A decision is under consideration, not taken ("no final decision has been made").</summary>
    Review,

    /// <summary>Permission granted: to transfer, or to use.</summary>
    Authorize,

    /// <summary>Limits placed on, or kept on, use or transfer.</summary>
    Restrict,

    /// <summary>A request refused ("not inclined to provide", "off the table").</summary>
    Deny,

    /// <summary>A commitment to supply, not yet delivered.</summary>
    Pledge,

    /// <summary>A system handed over or arrived.</summary>
    Deliver,

    /// <summary>The recipient reportedly employed the system.</summary>
    Use,

    /// <summary>Enabling support: training, maintenance, spare parts, intelligence, logistics.</summary>
    Support,

    /// <summary>A warning or threat about consequences.</summary>
    Warn,

    /// <summary>Forces sent somewhere.</summary>
    Deploy,
}

/// <summary>Whether the text says the event happened (positive) or did not (negative).</summary>
public enum Polarity
{
    Positive,
    Negative,
}

/// <summary>How certain the text is about an event (GOLD-FORMAT.md, "certainty").</summary>
public enum Certainty
{
    /// <summary>Stated as fact by the outlet (or by its author, for a request or warning).</summary>
    Asserted,

    /// <summary>Attributed to a named or anonymous source.</summary>
    Reported,

    /// <summary>"likely", "could", "may": a signal, never a change of state.</summary>
    Hedged,

    /// <summary>Future or planned: a signal, never a change of state.</summary>
    Expected,
}

/// <summary>What a decision is about: supplying a system, or permission to use it and its limits.</summary>
public enum Aspect
{
    Transfer,
    Use,
}

/// <summary>The state of a decision question (DOMAIN.md, "From claims to status").</summary>
public enum DecisionStatus
{
    Requested,
    UnderReview,
    Authorized,
    Restricted,
    Denied,
    Pledged,
    Delivered,
}

/// <summary>Links of the support chain that a capability depends on (DOMAIN.md, "Prerequisites").</summary>
public enum Requirement
{
    Authorization,
    Intelligence,
    Communications,
    Training,
    Maintenance,
    SpareParts,
    Logistics,
    Personnel,
    Medical,
    Infrastructure,
    RiskAssessment,
}

/// <summary>
/// The names the gold format and Docket's JSON use for the vocabularies ("UNDER_REVIEW",
/// "SPARE_PARTS", "transfer", "positive"), in both directions. One place, so the CLI, the store
/// and the scorer never spell them differently.
/// </summary>
public static class GoldNames
{
    // Names are computed once per value: reconciliation and output call these in hot loops.
    private static readonly string[] EventTypes = Names<EventType>(Upper);
    private static readonly string[] Statuses = Names<DecisionStatus>(Upper);
    private static readonly string[] Requirements = Names<Requirement>(Upper);
    private static readonly string[] Polarities = Names<Polarity>(s => s.ToLowerInvariant());
    private static readonly string[] Certainties = Names<Certainty>(s => s.ToLowerInvariant());
    private static readonly string[] Aspects = Names<Aspect>(s => s.ToLowerInvariant());

    // Values outside the enum (a cast integer) still get a name, styled as before.
    public static string Of(EventType value) => (uint)value < (uint)EventTypes.Length ? EventTypes[(int)value] : Upper(value.ToString());

    public static string Of(DecisionStatus value) => (uint)value < (uint)Statuses.Length ? Statuses[(int)value] : Upper(value.ToString());

    public static string Of(Requirement value) => (uint)value < (uint)Requirements.Length ? Requirements[(int)value] : Upper(value.ToString());

    public static string Of(Polarity value) => (uint)value < (uint)Polarities.Length ? Polarities[(int)value] : value.ToString().ToLowerInvariant();

    public static string Of(Certainty value) => (uint)value < (uint)Certainties.Length ? Certainties[(int)value] : value.ToString().ToLowerInvariant();

    public static string Of(Aspect value) => (uint)value < (uint)Aspects.Length ? Aspects[(int)value] : value.ToString().ToLowerInvariant();

    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        return Enum.TryParse(name.Replace("_", string.Empty, StringComparison.Ordinal).Trim(), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    private static string[] Names<TEnum>(Func<string, string> style)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => style(v.ToString())).ToArray();

    /// <summary>"UnderReview" -> "UNDER_REVIEW".</summary>
    private static string Upper(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
