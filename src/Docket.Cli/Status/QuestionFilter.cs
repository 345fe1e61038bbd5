using Docket.Core.Reconcile;
using Docket.Domain.Decisions;

namespace Docket.Cli.Status;

/// <summary>
/// Which decision questions a status query is about: each field narrows (null: any). Names are
/// canonical (see <see cref="NameResolver"/>) and compare case-insensitively, as question keys do.
/// </summary>
internal sealed record QuestionFilter(string? Supplier, string? System, string? Recipient, Aspect? Aspect)
{
    public static QuestionFilter All { get; } = new(null, null, null, null);

    /// <summary>Only the general-aid questions (system null); <see cref="System"/> is then ignored.</summary>
    public bool GeneralAid { get; init; }

    /// <summary>True when no field narrows: every question.</summary>
    public bool IsEverything => Supplier is null && System is null && Recipient is null && !GeneralAid;

    /// <summary>The filter naming exactly one question (with a null system, the general-aid question).</summary>
    public static QuestionFilter Of(DecisionQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(question.Supplier, question.System, question.Recipient, question.Aspect) { GeneralAid = question.System is null };
    }

    public bool Matches(DecisionQuestion question, SystemCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        return Same(Supplier, question.Supplier)
            && Same(Recipient, question.Recipient)
            && (GeneralAid ? question.System is null : System is null || string.Equals(catalog.Canonical(System), catalog.Canonical(question.System), StringComparison.OrdinalIgnoreCase))
            && (Aspect is null || Aspect == question.Aspect);
    }

    private static bool Same(string? wanted, string actual) =>
        wanted is null || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);
}
