using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Tests.Analysis.Entities;

/// <summary>Links between mentions of one article: surnames, acronyms, pronouns, outlets, systems, administrations.</summary>
public sealed class MentionResolutionTests
{
    private static IReadOnlyList<EntityMention> Recognize(string text, string? date = null) =>
        EntityRecognizer.Default.Recognize(text, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    private static EntityMention At(string text, IReadOnlyList<EntityMention> mentions, string surface, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(surface, start + 1, StringComparison.Ordinal);
        }

        var m = mentions.FirstOrDefault(x => x.Span.Start == start && x.Surface == surface);
        Assert.True(m is not null, $"no mention '{surface}' at {start}: {string.Join(", ", mentions.Select(x => $"{x.Surface}@{x.Span}"))}");
        return m;
    }

    [Fact]
    public void ASurnameTakesTheFullNameOfAPersonTheGazetteerDoesNotKnow()
    {
        const string text = "Col. Roger Cabiness spoke first. Cabiness said the drones were ready, and Col. Cabiness left.";
        var mentions = Recognize(text);
        var full = At(text, mentions, "Roger Cabiness");
        foreach (var occurrence in new[] { 0, 1 })
        {
            var bare = At(text, mentions, "Cabiness", occurrence + 1);
            Assert.Equal("Roger Cabiness", bare.CanonicalName);
            Assert.Equal(full.Span, bare.Antecedent);
            Assert.Equal("resolve:surname", bare.Rule);
        }
    }

    [Fact]
    public void AKnownSurnamePointsBackToTheFullName()
    {
        const string text = "John Kirby spoke. Kirby said no.";
        var mentions = Recognize(text);
        var kirby = At(text, mentions, "Kirby", 1);
        Assert.Equal("John Kirby", kirby.CanonicalName);
        Assert.Equal(At(text, mentions, "John Kirby").Span, kirby.Antecedent);
    }

    [Fact]
    public void AnAcronymInParenthesesNamesTheOrganisationHereAndLater()
    {
        const string text = "The Centre for Drone Warfare Studies (CDWS) said so. Later CDWS added more.";
        var mentions = Recognize(text);
        var org = At(text, mentions, "Centre for Drone Warfare Studies");
        Assert.Equal(org.CanonicalName, At(text, mentions, "CDWS").CanonicalName);
        Assert.Equal(org.Span, At(text, mentions, "CDWS", 1).Antecedent);
    }

    [Fact]
    public void HeIsTheLastPersonNamedBeforeInTheSentenceElseTheSubjectOfThePreviousOne()
    {
        const string text = "John Kirby said Joe Biden would decide. He stressed that nothing was final. Kirby said he would wait.";
        var mentions = Recognize(text);
        var he = At(text, mentions, "He");
        Assert.Equal(MentionKind.Reference, he.Kind);
        Assert.Equal("John Kirby", he.CanonicalName);
        Assert.Equal("resolve:pronoun", he.Rule);
        Assert.Equal("John Kirby", At(text, mentions, "he").CanonicalName);
    }

    [Fact]
    public void SheSkipsPeopleWhoseGenderDoesNotFit()
    {
        const string text = "Liz Truss met Ben Wallace on Monday. Later she said the tanks would go.";
        var she = At(text, Recognize(text, "2022-09-10"), "she");
        Assert.Equal("Liz Truss", she.CanonicalName);
    }

    [Fact]
    public void TheNewspaperIsTheOutletLastNamed()
    {
        const string text = "Officials told The New York Times about it. The newspaper's sources said more.";
        var mentions = Recognize(text);
        var paper = At(text, mentions, "The newspaper");
        Assert.Equal("The New York Times", paper.CanonicalName);
        Assert.Equal(MentionKind.Reference, paper.Kind);
        Assert.Equal(At(text, mentions, "The New York Times").Span, paper.Antecedent);
    }

    [Theory]
    [InlineData("Kyiv wants ATACMS. The missiles in question fly far.", "The missiles in question", "ATACMS")]
    [InlineData("Kyiv wants ATACMS. Such weapons fly far.", "Such weapons", "ATACMS")]
    [InlineData("Kyiv wants HIMARS launchers. Crews trained on the system for weeks.", "the system", "HIMARS")]
    [InlineData("Poland sent MiG-29 jets and ATACMS. These long-range missiles fly far.", "These long-range missiles", "ATACMS")]
    [InlineData("Poland sent ATACMS and MiG-29 jets. The jets flew.", "The jets", "MiG-29")]
    public void ADefiniteSystemWordIsTheSystemInFocusWhenItsClassFits(string text, string surface, string system)
    {
        var m = At(text, Recognize(text), surface);
        Assert.Equal(EntityType.System, m.Type);
        Assert.Equal(system, m.CanonicalName);
        Assert.Equal("resolve:system-reference", m.Rule);
    }

    [Fact]
    public void ASystemWordFarFromAnySystemStaysUnresolved()
    {
        const string text = "Kyiv wants ATACMS. One. Two. Three. Four. Five. The weapons matter.";
        Assert.DoesNotContain(Recognize(text), m => m.Rule == "resolve:system-reference");
    }

    [Fact]
    public void TheAdministrationIsTheOneLastNamed()
    {
        const string text = "The Biden administration moved. The administration said more.";
        var mentions = Recognize(text, "2024-11-17");
        var admin = At(text, mentions, "The administration");
        Assert.Equal("Biden administration", admin.CanonicalName);
        Assert.Equal("United States", admin.ActsFor);
        Assert.Equal(At(text, mentions, "Biden").Span, admin.Antecedent);
    }

    [Theory]
    [InlineData("2022-06-01", "Biden administration")]
    [InlineData("2025-06-01", "Trump administration")]
    [InlineData("2019-06-01", "Trump administration")]
    public void WithNoAdministrationNamedItIsThePresidentsOnTheDate(string date, string expected)
    {
        const string text = "The Pentagon sent HIMARS to Ukraine. The administration said more would follow.";
        var admin = At(text, Recognize(text, date), "The administration");
        Assert.Equal(expected, admin.CanonicalName);
        Assert.Equal("United States", admin.ActsFor);
        Assert.Null(admin.Antecedent);
    }

    [Fact]
    public void AFunctionWordNeverResolvesToASurname()
    {
        const string text = "Theresa May spoke on Monday. May we ask why? Then May said no.";
        var mentions = Recognize(text, "2017-06-01");
        Assert.DoesNotContain(mentions, m => m.Surface == "May" && m.Span.Start == text.IndexOf("May we", StringComparison.Ordinal));
    }
}
