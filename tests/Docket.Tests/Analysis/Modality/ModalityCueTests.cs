using Docket.Core.Analysis.Modality;
using Docket.Domain.Analysis;

namespace Docket.Tests.Analysis.Modality;

/// <summary>One row per modality cue: a sentence written for the test, the cue, its kind and the clause it governs.</summary>
public sealed class ModalityCueTests
{
    public static TheoryData<string, string, ModalityKind, string> Cues => new()
    {
        { "Biden has not committed to delivering ATACMS.", "not", ModalityKind.Negation, "committed to delivering ATACMS" },
        { "No final decision has been made, officials said.", "No", ModalityKind.Negation, "final decision has been made" },
        { "The allies gave no binding commitment on jets.", "no", ModalityKind.Negation, "binding commitment on jets" },
        { "Berlin has never sent tanks to a war zone.", "never", ModalityKind.Negation, "sent tanks to a war zone" },
        { "The Pentagon declined to comment on the shipment.", "declined to", ModalityKind.Negation, "comment on the shipment" },
        { "Washington refused to approve the transfer, but allowed training.", "refused to", ModalityKind.Negation, "approve the transfer" },
        { "The minister ruled out sending fighter jets.", "ruled out", ModalityKind.Negation, "sending fighter jets" },
        { "Neither the U.K. nor France will send troops.", "nor", ModalityKind.Negation, "France will send troops" },
        { "The launchers arrived without spare parts.", "without", ModalityKind.Negation, "spare parts" },
        { "Kyiv didn't receive the missiles on time.", "didn't", ModalityKind.Negation, "receive the missiles on time" },
        { "Ukraine is likely to use the missiles in Kursk.", "likely", ModalityKind.Hedge, "to use the missiles in Kursk" },
        { "The longer-range systems are unlikely to be provided soon.", "unlikely", ModalityKind.Hedge, "to be provided soon" },
        { "The package could include cluster munitions.", "could", ModalityKind.Hedge, "include cluster munitions" },
        { "The jets may arrive before winter.", "may", ModalityKind.Hedge, "arrive before winter" },
        { "Officials might reconsider the limits.", "might", ModalityKind.Hedge, "reconsider the limits" },
        { "The deal has reportedly been in the works for months.", "reportedly", ModalityKind.Hedge, "The deal has reportedly been in the works for months" },
        { "The U.S. is considering sending Patriot batteries.", "is considering", ModalityKind.Hedge, "sending Patriot batteries" },
        { "The White House appears to be softening its stance.", "appears to", ModalityKind.Hedge, "be softening its stance" },
        { "Washington will announce a new package on Friday.", "will", ModalityKind.Future, "announce a new package on Friday" },
        { "Britain is going to supply Starstreak launchers.", "is going to", ModalityKind.Future, "supply Starstreak launchers" },
        { "The Netherlands plans to deliver F-16s this year.", "plans to", ModalityKind.Future, "deliver F-16s this year" },
        { "The package is set to be unveiled on Wednesday.", "is set to", ModalityKind.Future, "be unveiled on Wednesday" },
        { "Poland intends to send more tanks.", "intends to", ModalityKind.Future, "send more tanks" },
        { "Training of the crews begins next month.", "next month", ModalityKind.Future, "Training of the crews begins next month" },
        { "The United Kingdom announced it would provide Starstreak.", "would", ModalityKind.Future, "provide Starstreak" },
        { "If the talks fail, the ministry would send older tanks.", "would", ModalityKind.Hedge, "send older tanks" },
    };

    [Theory]
    [MemberData(nameof(Cues))]
    public void EachCueGovernsTheRestOfItsClause(string text, string cue, ModalityKind kind, string scope)
    {
        var found = ModalityExtractor.Extract(text);
        var m = Assert.Single(found, c => c.Span.Of(text) == cue && c.Kind == kind);
        Assert.Equal(scope, m.Scope.Of(text));
        Assert.False(string.IsNullOrEmpty(m.Rule));
    }

    [Theory]
    [InlineData("Not only tanks but also jets were sent.")]
    [InlineData("There is no doubt the tanks were sent.")]
    [InlineData("The talks began in May 2023.")]
    [InlineData("Theresa May met the president.")]
    [InlineData("It depends on the political will of the allies.")]
    public void WordsThatOnlyLookLikeCuesAreNotCues(string text)
    {
        var found = ModalityExtractor.Extract(text);
        Assert.DoesNotContain(found, c => c.Span.Of(text) is "not" or "Not" or "no" or "May" or "will");
    }

    [Fact]
    public void AScopeStopsAtAConjunctionAfterAComma()
    {
        var text = "Germany has not sent Taurus missiles, but it trained the crews.";
        var m = Assert.Single(ModalityExtractor.Extract(text), c => c.Kind == ModalityKind.Negation);
        Assert.Equal("sent Taurus missiles", m.Scope.Of(text));
    }

    [Fact]
    public void AScopeStopsAtASubordinateClause()
    {
        var text = "The glitch was not reported when the plane made its first flight.";
        var m = Assert.Single(ModalityExtractor.Extract(text), c => c.Kind == ModalityKind.Negation);
        Assert.Equal("reported", m.Scope.Of(text));
    }

    [Fact]
    public void WontBothNegatesAndPutsInTheFuture()
    {
        var text = "Ukraine won't fire the rockets into Russia.";
        var kinds = ModalityExtractor.Extract(text).Select(c => c.Kind).Order().ToArray();
        Assert.Equal([ModalityKind.Negation, ModalityKind.Future], kinds);
    }
}
