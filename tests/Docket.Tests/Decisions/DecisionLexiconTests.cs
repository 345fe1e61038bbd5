using Docket.Core.Decisions;
using Docket.Core.Decisions.Lexicon;
using Docket.Domain.Decisions;

namespace Docket.Tests.Decisions;

public sealed class DecisionLexiconTests
{
    [Fact]
    public void TheEmbeddedLexiconsLoadWithEntriesForEveryFrameAndRequirement()
    {
        var lexicon = EventLexicon.Default;
        Assert.True(lexicon.Triggers.Count > 300, $"{lexicon.Triggers.Count} trigger phrases");
        foreach (var frame in Enum.GetValues<EventFrame>())
        {
            Assert.Contains(frame, AllEntries(lexicon).Select(e => e.Frame));
        }

        var requirements = RequirementLexicon.Default;
        foreach (var requirement in Enum.GetValues<Requirement>())
        {
            var words = LexiconResource.Words(Sample(requirement));
            Assert.Equal(requirement, requirements.Cues.LongestAt(words, 0, words.Length).Value?.Requirement);
        }

        Assert.NotEmpty(WeaponLexicon.Default.Labels);
        Assert.Contains("Ukraine", (IReadOnlySet<string>)PartyLexicon.Default.Governments);
    }

    [Theory]
    [InlineData("provide", "provide|provides|provided|provided|providing")]
    [InlineData("supply", "supply|supplies|supplied|supplied|supplying")]
    [InlineData("approve", "approve|approves|approved|approved|approving")]
    [InlineData("push", "push|pushes|pushed|pushed|pushing")]
    [InlineData("tie", "tie|ties|tied|tied|tying")]
    public void RegularVerbsInflectByEnglishSpelling(string verb, string forms)
    {
        Assert.Equal(forms, string.Join('|', EventLexicon.Inflect(verb)));
    }

    [Theory]
    [InlineData("has sent", "PastOrParticiple", "supply")]
    [InlineData("is not inclined to", "None", "deny")]
    [InlineData("voted overwhelmingly in favour of", "None", "authorize")]
    [InlineData("pushed back on", "PastOrParticiple", "deny")]
    public void TriggersMatchLongestFirstAndOneAdverbInsideAPhrase(string phrase, string form, string frame)
    {
        var words = LexiconResource.Words(phrase);
        var found = false;
        for (var i = 0; i < words.Length && !found; i++)
        {
            var (_, entry) = EventLexicon.Default.Triggers.LongestAt(words, i, words.Length);
            found = entry is not null && entry.Form.ToString() == form && entry.Frame.ToString().Equals(frame, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(found, phrase);
    }

    [Fact]
    public void AMalformedLexiconLineNamesItsLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => EventLexicon.Load([(7, "nosuchframe : send")]));
        Assert.Contains("line 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePhraseTrieKeepsTheFirstValueAndFindsTheLongestPhrase()
    {
        var trie = new PhraseTrie<string>();
        trie.Add(["off", "the"], "short");
        trie.Add(["off", "the", "table"], "long");
        trie.Add(["off", "the", "table"], "again");
        Assert.Equal(2, trie.Count);
        Assert.Equal((3, "long"), trie.LongestAt(["off", "the", "table", "now"], 0, 4));
        Assert.Equal((0, (string?)null), trie.LongestAt(["on", "the", "table"], 0, 3));
    }

    private static IEnumerable<TriggerEntry> AllEntries(EventLexicon lexicon)
    {
        // Probe with a few words per frame: each frame's lexicon line has one of these.
        foreach (var phrase in new[] { "send", "received", "arrived", "pledged", "authorized", "restrict", "rejected", "considering", "asked", "warned", "used", "deployment", "train" })
        {
            var words = LexiconResource.Words(phrase);
            if (lexicon.Triggers.LongestAt(words, 0, words.Length).Value is { } entry)
            {
                yield return entry;
            }
        }
    }

    private static string Sample(Requirement requirement) => requirement switch
    {
        Requirement.Authorization => "permission",
        Requirement.Intelligence => "targeting data",
        Requirement.Communications => "secure communications",
        Requirement.Training => "training",
        Requirement.Maintenance => "maintenance",
        Requirement.SpareParts => "spare parts",
        Requirement.Logistics => "logistics",
        Requirement.Personnel => "technicians",
        Requirement.Medical => "medical",
        Requirement.Infrastructure => "infrastructure",
        _ => "risk assessments",
    };
}
