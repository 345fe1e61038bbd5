using System.Collections.Frozen;

namespace Docket.Core.Decisions.Lexicon;

/// <summary>How a phrase of the party lexicon refers to a party.</summary>
internal enum PartyPhraseKind
{
    /// <summary>An unnamed group of governments ("the West" is "Western partners").</summary>
    Collective,

    /// <summary>A word that stands for a party named earlier ("it", "his country").</summary>
    Pronoun,

    /// <summary>The speaker's party inside a quotation ("we", "us").</summary>
    FirstPerson,
}

/// <summary>One phrase of the party lexicon.</summary>
internal sealed record PartyPhrase(PartyPhraseKind Kind, string? Party, string Phrase);

/// <summary>
/// Who can act in a decision event (Resources/events/parties.txt): which canonical names are
/// governments or blocs, and the phrases for unnamed groups, pronouns and first person.
/// </summary>
internal sealed class PartyLexicon
{
    private const string File = "parties.txt";
    private static readonly Lazy<PartyLexicon> Instance = new(() => Load(LexiconResource.Lines(File)));

    private PartyLexicon(FrozenSet<string> governments, PhraseTrie<PartyPhrase> phrases)
    {
        Governments = governments;
        Phrases = phrases;
    }

    public static PartyLexicon Default => Instance.Value;

    /// <summary>Canonical names that are parties by themselves (states, NATO, the EU).</summary>
    public FrozenSet<string> Governments { get; }

    public PhraseTrie<PartyPhrase> Phrases { get; }

    internal static PartyLexicon Load(IEnumerable<(int Number, string Text)> lines)
    {
        var governments = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new PhraseTrie<PartyPhrase>();
        foreach (var (number, text) in lines)
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                throw LexiconResource.Malformed(File, number, "expected 'KIND ...'");
            }

            var kind = text[..space];
            var rest = text[(space + 1)..].Trim();
            switch (kind)
            {
                case "government":
                    governments.Add(rest);
                    break;
                case "collective":
                    var colon = rest.IndexOf(" : ", StringComparison.Ordinal);
                    if (colon < 0)
                    {
                        throw LexiconResource.Malformed(File, number, "expected 'collective NAME : phrases'");
                    }

                    var party = rest[..colon].Trim();
                    foreach (var p in rest[(colon + 3)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        phrases.Add(LexiconResource.Words(p), new PartyPhrase(PartyPhraseKind.Collective, party, p));
                    }

                    break;
                case "pronoun":
                case "firstperson":
                    var phraseKind = kind == "pronoun" ? PartyPhraseKind.Pronoun : PartyPhraseKind.FirstPerson;
                    foreach (var p in rest.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        phrases.Add(LexiconResource.Words(p), new PartyPhrase(phraseKind, null, p));
                    }

                    break;
                default:
                    throw LexiconResource.Malformed(File, number, $"unknown kind '{kind}'");
            }
        }

        return new PartyLexicon(governments.ToFrozenSet(StringComparer.OrdinalIgnoreCase), phrases);
    }
}
