using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Docket.Core.Cleaning.PlainText;

/// <summary>What a boilerplate rule matches and how much it removes (see the header of
/// <c>Resources/boilerplate/plain-text.tsv</c>).</summary>
internal enum BoilerplateKind
{
    Keep,
    Drop,
    Credit,
    End,
    Header,
    Inline,
    Caption,
    Sentence,
    Lead,
}

/// <summary>One rule of the lexicon; <see cref="Rule"/> ("drop:related") names it in removals.</summary>
internal sealed record BoilerplateRule(BoilerplateKind Kind, string Name, Regex Pattern)
{
    public string Rule { get; } = $"{Kind.ToString().ToLowerInvariant()}:{Name}";
}

/// <summary>
/// The boilerplate rules of plain-text cleaning, read once from the embedded data file
/// <c>Resources/boilerplate/plain-text.tsv</c>, with the outlet names and organisation words
/// that tell an outlet byline from a person's. Immutable and shared.
/// </summary>
internal sealed class BoilerplateLexicon
{
    private static readonly Lazy<BoilerplateLexicon> Instance = new(Load);

    private BoilerplateLexicon(ImmutableArray<BoilerplateRule> rules, ImmutableHashSet<string> outlets, ImmutableHashSet<string> organisationWords)
    {
        Rules = rules;
        Outlets = outlets;
        OrganisationWords = organisationWords;
    }

    public static BoilerplateLexicon Default => Instance.Value;

    public ImmutableArray<BoilerplateRule> Rules { get; }

    /// <summary>Known outlet names, lower-cased, without a leading "the ".</summary>
    public ImmutableHashSet<string> Outlets { get; }

    /// <summary>Lower-cased words that make a name an organisation's.</summary>
    public ImmutableHashSet<string> OrganisationWords { get; }

    public IEnumerable<BoilerplateRule> Of(BoilerplateKind kind) => Rules.Where(r => r.Kind == kind);

    /// <summary>The first rule of <paramref name="kind"/> matching <paramref name="text"/>, if any.</summary>
    public BoilerplateRule? FirstMatch(BoilerplateKind kind, string text)
    {
        foreach (var rule in Rules)
        {
            if (rule.Kind == kind && rule.Pattern.IsMatch(text))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Parses the rule file's text (public for tests of the format).</summary>
    internal static ImmutableArray<BoilerplateRule> ParseRules(string tsv)
    {
        var rules = ImmutableArray.CreateBuilder<BoilerplateRule>();
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || !Enum.TryParse<BoilerplateKind>(parts[0], ignoreCase: true, out var kind))
            {
                throw new FormatException($"plain-text.tsv line {lineNumber}: expected KIND<TAB>NAME<TAB>REGEX");
            }

            rules.Add(new BoilerplateRule(kind, parts[1], new Regex(parts[2], RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(500))));
        }

        return rules.ToImmutable();
    }

    private static BoilerplateLexicon Load()
    {
        var rules = ParseRules(ReadResource("plain-text.tsv"));
        var outlets = Words(ReadResource("outlets.txt")).Select(StripThe).ToImmutableHashSet(StringComparer.Ordinal);
        var words = Words(ReadResource("organisation-words.txt")).ToImmutableHashSet(StringComparer.Ordinal);
        return new BoilerplateLexicon(rules, outlets, words);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split('\n').Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    internal static string StripThe(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static string ReadResource(string file)
    {
        var assembly = typeof(BoilerplateLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(file, StringComparison.Ordinal) && n.Contains("boilerplate", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
