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

/// <summary>One link of an attribution chain: who, as written and as canonical name.</summary>
public sealed record SourceRef(string Name, SourceKind Kind, TextSpan? Span);

/// <summary>
/// Who says a thing and through whom. <see cref="Chain"/> runs from the nearest relay to the
/// original source ("The New York Times", then "anonymous U.S. officials"); the outlet that
/// publishes the article is implicit and not repeated here.
/// </summary>
public sealed record Attribution(TextSpan Cue, TextSpan Content, IReadOnlyList<SourceRef> Chain, string Rule)
{
    /// <summary>Span of the nearest source mention, when the text names one.</summary>
    public TextSpan? Source => Chain.Count > 0 ? Chain[0].Span : null;
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
