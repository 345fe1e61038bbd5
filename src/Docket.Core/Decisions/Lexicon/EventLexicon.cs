using System.Collections.Frozen;
using Docket.Domain.Decisions;

namespace Docket.Core.Decisions.Lexicon;

/// <summary>How a trigger's event type and arguments are read (see triggers.txt).</summary>
internal enum EventFrame
{
    Supply,
    Receive,
    Arrive,
    Pledge,
    Authorize,
    Restrict,
    Deny,
    Review,
    Request,
    Warn,
    Use,
    Deploy,
    Support,
}

/// <summary>Options of a trigger entry (see triggers.txt).</summary>
[Flags]
internal enum TriggerOptions
{
    None = 0,
    Noun = 1,
    Idiom = 2,
    Negative = 4,
    Hedge = 8,
    Report = 16,
    Speaker = 32,
    Package = 64,
    Weapon = 128,
    FirstPerson = 256,
}

/// <summary>Which form of its verb a trigger token is.</summary>
internal enum VerbForm
{
    None,
    Base,
    ThirdPerson,
    Past,
    Participle,
    PastOrParticiple,
    Gerund,
}

/// <summary>One trigger phrase of the lexicon, in one verb form.</summary>
internal sealed record TriggerEntry(EventFrame Frame, TriggerOptions Options, Aspect? Aspect, VerbForm Form, string Pattern)
{
    public bool Has(TriggerOptions option) => (Options & option) == option;

    /// <summary>The name of the lexicon entry, for <c>Rule</c> strings.</summary>
    public string RuleName => $"{Frame.ToString().ToLowerInvariant()}:{Pattern}";
}

/// <summary>
/// The decision-event trigger lexicon (Resources/events/triggers.txt): a phrase trie from token
/// sequences to <see cref="TriggerEntry"/>, and the closed word classes the verb group reads.
/// Loaded once; read-only afterwards.
/// </summary>
internal sealed class EventLexicon
{
    private const string File = "triggers.txt";
    private static readonly Lazy<EventLexicon> Instance = new(() => Load(LexiconResource.Lines(File)));

    private EventLexicon(PhraseTrie<TriggerEntry> triggers, IReadOnlyDictionary<string, FrozenSet<string>> words)
    {
        Triggers = triggers;
        Negation = words.GetValueOrDefault("negation") ?? FrozenSet<string>.Empty;
        Future = words.GetValueOrDefault("future") ?? FrozenSet<string>.Empty;
        Hedge = words.GetValueOrDefault("hedge") ?? FrozenSet<string>.Empty;
        Perfect = words.GetValueOrDefault("perfect") ?? FrozenSet<string>.Empty;
        Be = words.GetValueOrDefault("be") ?? FrozenSet<string>.Empty;
        Adverb = words.GetValueOrDefault("adverb") ?? FrozenSet<string>.Empty;
        Governor = words.GetValueOrDefault("governor") ?? FrozenSet<string>.Empty;
        UseVerb = words.GetValueOrDefault("useverb") ?? FrozenSet<string>.Empty;
        Target = words.GetValueOrDefault("target") ?? FrozenSet<string>.Empty;
        DecisionObject = words.GetValueOrDefault("object") ?? FrozenSet<string>.Empty;
        WarnContent = words.GetValueOrDefault("warncontent") ?? FrozenSet<string>.Empty;
        Forces = words.GetValueOrDefault("forces") ?? FrozenSet<string>.Empty;
        Conditional = words.GetValueOrDefault("conditional") ?? FrozenSet<string>.Empty;
        Role = words.GetValueOrDefault("role") ?? FrozenSet<string>.Empty;
        UseNoun = words.GetValueOrDefault("usenoun") ?? FrozenSet<string>.Empty;
        ObjectEnd = words.GetValueOrDefault("objectend") ?? FrozenSet<string>.Empty;
        Cumulative = words.GetValueOrDefault("cumulative") ?? FrozenSet<string>.Empty;
        Reversal = words.GetValueOrDefault("reversal") ?? FrozenSet<string>.Empty;
        NotConditional = words.GetValueOrDefault("notconditional") ?? FrozenSet<string>.Empty;
    }

    public static EventLexicon Default => Instance.Value;

    public PhraseTrie<TriggerEntry> Triggers { get; }

    public FrozenSet<string> Negation { get; }

    public FrozenSet<string> Future { get; }

    public FrozenSet<string> Hedge { get; }

    public FrozenSet<string> Perfect { get; }

    public FrozenSet<string> Be { get; }

    public FrozenSet<string> Adverb { get; }

    /// <summary>Words that make a following "to send" a commitment ("decided to send").</summary>
    public FrozenSet<string> Governor { get; }

    /// <summary>Verbs of using a weapon ("strike", "hit"), for authorizations and limits about use.</summary>
    public FrozenSet<string> UseVerb { get; }

    /// <summary>Words that place a use inside Russia ("Russian territory", "over the border").</summary>
    public FrozenSet<string> Target { get; }

    /// <summary>Nouns that refer back to a decision under discussion ("the idea", "the plan").</summary>
    public FrozenSet<string> DecisionObject { get; }

    /// <summary>Words of consequence that make a warning a WARN event ("war", "escalation").</summary>
    public FrozenSet<string> WarnContent { get; }

    /// <summary>Nouns of forces sent somewhere ("troops").</summary>
    public FrozenSet<string> Forces { get; }

    /// <summary>"if", "whether": a trigger under them is a question or a condition.</summary>
    public FrozenSet<string> Conditional { get; }

    /// <summary>Person and body nouns that a "from"/"of" phrase places ("officials from the White House").</summary>
    public FrozenSet<string> Role { get; }

    /// <summary>Nouns of use that make a permission relevant ("such strikes").</summary>
    public FrozenSet<string> UseNoun { get; }

    /// <summary>Words after which a trigger's object phrase has ended ("equipped with ...").</summary>
    public FrozenSet<string> ObjectEnd { get; }

    /// <summary>Words that make a sentence a cumulative total ("brings the total to $X").</summary>
    public FrozenSet<string> Cumulative { get; }

    /// <summary>Verbs that undo a refusal or a limit ("lifted a ban on").</summary>
    public FrozenSet<string> Reversal { get; }

    /// <summary>Words after a conditional word that make it temporal ("until now").</summary>
    public FrozenSet<string> NotConditional { get; }

    internal static EventLexicon Load(IEnumerable<(int Number, string Text)> lines)
    {
        var verbs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var entries = new List<(int Line, string Head, string Patterns)>();
        foreach (var (number, text) in lines)
        {
            if (text.StartsWith("@verb ", StringComparison.Ordinal))
            {
                var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 6)
                {
                    throw LexiconResource.Malformed(File, number, "@verb needs base, third-person, past, participle and gerund");
                }

                verbs[parts[1]] = parts[1..];
            }
            else if (text.StartsWith('@'))
            {
                var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                words[parts[0][1..]] = parts.Skip(1).Select(LexiconResource.Normalize).ToFrozenSet(StringComparer.Ordinal);
            }
            else
            {
                var colon = text.IndexOf(" : ", StringComparison.Ordinal);
                if (colon < 0)
                {
                    throw LexiconResource.Malformed(File, number, "expected 'FRAME [options] : patterns'");
                }

                entries.Add((number, text[..colon], text[(colon + 3)..]));
            }
        }

        var trie = new PhraseTrie<TriggerEntry>();
        foreach (var (line, head, patterns) in entries)
        {
            var headParts = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Enum.TryParse<EventFrame>(headParts[0], ignoreCase: true, out var frame))
            {
                throw LexiconResource.Malformed(File, line, $"unknown frame '{headParts[0]}'");
            }

            var options = TriggerOptions.None;
            Aspect? aspect = null;
            foreach (var option in headParts.Skip(1))
            {
                if (option.StartsWith("aspect=", StringComparison.Ordinal))
                {
                    aspect = GoldNames.TryParse<Aspect>(option[7..], out var a) ? a : throw LexiconResource.Malformed(File, line, $"unknown aspect '{option}'");
                }
                else
                {
                    options |= option switch
                    {
                        "noun" => TriggerOptions.Noun,
                        "idiom" => TriggerOptions.Idiom,
                        "neg" => TriggerOptions.Negative,
                        "hedge" => TriggerOptions.Hedge,
                        "report" => TriggerOptions.Report,
                        "speaker" => TriggerOptions.Speaker,
                        "package" => TriggerOptions.Package,
                        "weapon" => TriggerOptions.Weapon,
                        "firstperson" => TriggerOptions.FirstPerson,
                        _ => throw LexiconResource.Malformed(File, line, $"unknown option '{option}'"),
                    };
                }
            }

            foreach (var raw in patterns.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var (form, phrase) in Expand(raw, verbs))
                {
                    trie.Add(LexiconResource.Words(phrase), new TriggerEntry(frame, options, aspect, form, raw));
                }
            }
        }

        return new EventLexicon(trie, words);
    }

    /// <summary>"~send weapons" gives every form of "send" followed by "weapons".</summary>
    private static IEnumerable<(VerbForm Form, string Phrase)> Expand(string pattern, Dictionary<string, string[]> verbs)
    {
        if (!pattern.StartsWith('~'))
        {
            yield return (VerbForm.None, pattern);
            yield break;
        }

        var space = pattern.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? pattern[1..] : pattern[1..space];
        var rest = space < 0 ? string.Empty : pattern[space..];
        var forms = verbs.TryGetValue(verb, out var known) ? known : Inflect(verb);
        yield return (VerbForm.Base, forms[0] + rest);
        yield return (VerbForm.ThirdPerson, forms[1] + rest);
        if (forms[2] == forms[3])
        {
            yield return (VerbForm.PastOrParticiple, forms[2] + rest);
        }
        else
        {
            yield return (VerbForm.Past, forms[2] + rest);
            yield return (VerbForm.Participle, forms[3] + rest);
        }

        yield return (VerbForm.Gerund, forms[4] + rest);
    }

    /// <summary>Regular English inflection; irregular and consonant-doubling verbs are listed with @verb.</summary>
    internal static string[] Inflect(string verb)
    {
        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
        var last = verb[^1];
        var consonantY = last == 'y' && verb.Length > 1 && !IsVowel(verb[^2]);
        var third = consonantY ? verb[..^1] + "ies"
            : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es"
            : verb + "s";
        var past = consonantY ? verb[..^1] + "ied" : last == 'e' ? verb + "d" : verb + "ed";
        var gerund = verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
            : last == 'e' && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing"
            : verb + "ing";
        return [verb, third, past, past, gerund];
    }
}
