using System.CommandLine;
using Docket.Cli.Status;
using Docket.Domain.Decisions;

namespace Docket.Cli.Commands;

/// <summary>The question filters of <c>status</c> and <c>claims</c>: --system, --supplier, --recipient, --aspect.</summary>
internal sealed class QuestionOptions
{
    public Option<string?> System { get; } = new("--system")
    {
        Description = "Only questions about this system (case-insensitive; aliases such as 'Army Tactical Missile System' work). "
            + "For a named system, claims about a class that covers it ('long-range missiles') count too.",
        HelpName = "NAME",
    };

    public Option<string?> Supplier { get; } = new("--supplier")
    {
        Description = "Only questions with this supplier government (case-insensitive; aliases such as US, U.S., Washington work).",
        HelpName = "NAME",
    };

    public Option<string?> Recipient { get; } = new("--recipient")
    {
        Description = "Only questions with this recipient (case-insensitive; aliases such as Kyiv work).",
        HelpName = "NAME",
    };

    public Option<string?> Aspect { get; } = CreateAspect();

    public QuestionFilter Read(ParseResult parse, NameResolver names)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(names);
        return new QuestionFilter(
            parse.GetValue(Supplier) is { } s ? names.Party(s) : null,
            parse.GetValue(System) is { } y ? names.System(y) : null,
            parse.GetValue(Recipient) is { } r ? names.Party(r) : null,
            GoldNames.TryParse<Domain.Decisions.Aspect>(parse.GetValue(Aspect), out var a) ? a : null);
    }

    /// <summary>"(supplier United States, system ATACMS)" or "(no filter)".</summary>
    public string Describe(QuestionFilter f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var parts = new[] { ("supplier", f.Supplier), ("system", f.System), ("recipient", f.Recipient), ("aspect", f.Aspect is { } a ? GoldNames.Of(a) : null) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1} {p.Item2}")
            .ToList();
        return parts.Count == 0 ? "(no filter)" : $"({string.Join(", ", parts)})";
    }

    private static Option<string?> CreateAspect()
    {
        var option = new Option<string?>("--aspect")
        {
            Description = "Only transfer questions (supplying the system) or use questions (permission to use it, and its limits).",
            HelpName = "transfer|use",
        };
        option.AcceptOnlyFromAmong("transfer", "use");
        return option;
    }
}
