using Docket.Domain;
using Docket.Domain.Decisions;

namespace Docket.Cli.Status;

/// <summary>
/// Reads a decision question written on the command line: "supplier/system/recipient/aspect"
/// ("United States/ATACMS/Ukraine/use"), with ':' accepted in place of '/' ("US:ATACMS:Ukraine:use").
/// Names go through <see cref="NameResolver"/>, so aliases work; a system of "-", "none" or
/// "general aid" is the general-aid question (system null). A malformed reference is a failure
/// that says how to write one.
/// </summary>
internal static class QuestionReference
{
    public const string Example = "\"United States/ATACMS/Ukraine/use\"";

    public static Outcome<DecisionQuestion> Parse(string text, NameResolver names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var separator = text.Contains('/', StringComparison.Ordinal) ? '/' : ':';
        var parts = text.Split(separator);
        if (parts.Length != 4 || parts[0].Trim().Length == 0 || parts[2].Trim().Length == 0)
        {
            return Outcome<DecisionQuestion>.Fail(text, $"a question is supplier/system/recipient/aspect, e.g. {Example} (':' also separates)");
        }

        if (!GoldNames.TryParse<Aspect>(parts[3], out var aspect))
        {
            return Outcome<DecisionQuestion>.Fail(text, $"the aspect '{parts[3].Trim()}' is neither transfer nor use");
        }

        var system = parts[1].Trim();
        var generalAid = system.Length == 0 || system is "-" || system.Equals("none", StringComparison.OrdinalIgnoreCase)
            || system.Equals("general aid", StringComparison.OrdinalIgnoreCase) || system.Equals("(general aid)", StringComparison.OrdinalIgnoreCase);
        return Outcome<DecisionQuestion>.Success(new DecisionQuestion(
            names.Party(parts[0]),
            generalAid ? null : names.System(system),
            names.Party(parts[2]),
            aspect));
    }
}
