using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Core.Analysis.Entities;

/// <summary>A mention while one article is being analysed: token range, character span and what is known so
/// far. Turned into an immutable <see cref="EntityMention"/> at the end.</summary>
internal sealed class FoundMention
{
    /// <summary>First token (inclusive).</summary>
    public int First { get; set; }

    /// <summary>Token after the last one (exclusive).</summary>
    public int End { get; set; }

    public int Start { get; set; }

    public int Stop { get; set; }

    public EntityType Type { get; set; }

    public MentionKind Kind { get; set; } = MentionKind.Name;

    public required string Canonical { get; set; }

    public required string Rule { get; set; }

    public GazetteerEntry? Entry { get; set; }

    public string? ActsFor { get; set; }

    public string? Office { get; set; }

    public TextSpan? Antecedent { get; set; }

    /// <summary>True for news outlets (gazetteer kind outlet, or "... Times" and the like).</summary>
    public bool IsOutlet { get; set; }

    /// <summary>A bare surname alias ("~Austin") waiting for the full name or a title to confirm it.</summary>
    public bool Dependent { get; set; }

    /// <summary>A system name that is also a common word ("Hawk"): kept only with a system word or another
    /// system in the sentence.</summary>
    public bool NeedsSystemContext { get; set; }

    public int Sentence { get; set; }

    public bool Removed { get; set; }

    public TextSpan Span => new(Start, Stop);

    public EntityMention ToMention(string text) => new(Span, text[Start..Stop], Type, Canonical, Rule)
    {
        ActsFor = ActsFor,
        Kind = Kind,
        EntityId = Entry?.Id,
        Office = Office,
        Antecedent = Antecedent,
    };
}
