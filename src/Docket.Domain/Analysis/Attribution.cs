using Docket.Domain.Text;

namespace Docket.Domain.Analysis;

/// <summary>What kind of party a source is.</summary>
public enum SourceKind
{
    Person,
    Organization,
    Outlet,
    Anonymous,
    Document,
}

/// <summary>
/// The part one link plays in an attribution chain. In "Saar told Army Radio on Tuesday,
/// Haaretz reported" Haaretz is a <see cref="Relay"/>, Army Radio a <see cref="Channel"/> and
/// Saar the <see cref="Speaker"/>; in "The New York Times reported, citing U.S. officials" the
/// Times is the <see cref="Speaker"/> and the officials an <see cref="Origin"/>.
/// </summary>
public enum SourceRole
{
    /// <summary>The party whose act the cue names: the subject of "said", the X of "according to X".</summary>
    Speaker,

    /// <summary>A party that passes the speaker's words on ("cited by The New York Times").</summary>
    Relay,

    /// <summary>The outlet or medium the speaker addressed ("told CNN", "in an interview with a British newspaper").</summary>
    Channel,

    /// <summary>A party the speaker names as its own source ("citing anonymous U.S. officials").</summary>
    Origin,
}

/// <summary>
/// One link of an attribution chain: the canonical or normalised name ("John Kirby",
/// "anonymous senior U.S. defense official"), its kind, the span of its mention in the text
/// (null when the party is implied, e.g. "reportedly") and its <see cref="Role"/>.
/// </summary>
public sealed record SourceRef(string Name, SourceKind Kind, TextSpan? Span)
{
    /// <summary>The part this link plays; <see cref="SourceRole.Speaker"/> unless said otherwise.</summary>
    public SourceRole Role { get; init; } = SourceRole.Speaker;
}

/// <summary>
/// What an attribution attributes. Only <see cref="Speech"/> passes words on (said, told,
/// reported, according to, a poll shows): it makes a claim "reported". <see cref="Belief"/>
/// (thinks, wants, fears) and <see cref="Stance"/> (supports, calls for, plans, criticizes) say
/// where someone stands; they are attributions in the broad sense of attribution corpora such
/// as PolNeAR, but what they govern is still asserted by the outlet.
/// </summary>
public enum AttributionKind
{
    Speech,
    Belief,
    Stance,
}

/// <summary>
/// Who says a thing and through whom. <see cref="Chain"/> runs from the nearest relay to the
/// original source: relays and channels first, then the speaker, then the speaker's own
/// sources ("The New York Times", then "anonymous U.S. officials"); the outlet that publishes
/// the article is implicit and not repeated here. <see cref="Content"/> covers what is
/// attributed; when the text interrupts it ("A," he said, "B.") <see cref="ContentParts"/>
/// holds the pieces and <see cref="Content"/> runs from the first to the last.
/// </summary>
public sealed record Attribution(TextSpan Cue, TextSpan Content, IReadOnlyList<SourceRef> Chain, string Rule)
{
    /// <summary>Whether the cue reports words, a belief or a stance; <see cref="AttributionKind.Speech"/> unless said otherwise.</summary>
    public AttributionKind Kind { get; init; } = AttributionKind.Speech;

    /// <summary>The pieces of the content in text order; just <see cref="Content"/> when it is one piece.</summary>
    public IReadOnlyList<TextSpan> ContentParts { get; init; } = [Content];

    /// <summary>The link whose act the cue names, when the text names one.</summary>
    public SourceRef? Speaker => Chain.FirstOrDefault(c => c.Role == SourceRole.Speaker);

    /// <summary>Span of the speaker's mention, when the text names one.</summary>
    public TextSpan? Source => Speaker?.Span;
}

/// <summary>Kinds of modality that change what a sentence asserts.</summary>
public enum ModalityKind
{
    Negation,
    Hedge,
    Future,
}

/// <summary>A cue that negates, hedges or puts in the future a clause; <see cref="Scope"/> is the clause it governs.</summary>
public sealed record ModalityCue(TextSpan Span, ModalityKind Kind, TextSpan Scope, string Rule);
