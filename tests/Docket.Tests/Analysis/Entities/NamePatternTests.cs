using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Tests.Analysis.Entities;

/// <summary>Names the gazetteer does not know, found by patterns, on sentences written for these tests.</summary>
public sealed class NamePatternTests
{
    [Theory]
    [InlineData("Col. Roger Cabiness, a Pentagon spokesman, said the plan held.", "Roger Cabiness", "pattern:title-name")]
    [InlineData("Secretary of State Jane Whitcombe arrived in Riga.", "Jane Whitcombe", "pattern:title-name")]
    [InlineData("Defence minister Aurel Dobrescu said the talks went well.", "Aurel Dobrescu", "pattern:title-name")]
    [InlineData("The talks were led by spokesman Tiberiu Stan on Friday.", "Tiberiu Stan", "pattern:title-name")]
    [InlineData("Olav Brekkestad, a spokesman for the Norwegian Defence Ministry, said no.", "Olav Brekkestad", "pattern:apposition")]
    [InlineData("A spokesman for the foreign ministry, Ilkka Rautiainen, said no.", "Ilkka Rautiainen", "pattern:apposition")]
    [InlineData("Maria Kowalczyk told reporters the shells had arrived.", "Maria Kowalczyk", "pattern:given-name")]
    [InlineData("Franz-Josef Hollerbach, who studies armies, disagreed.", "Franz-Josef Hollerbach", "pattern:given-name")]
    [InlineData("Then Aldo Quarantotto said the order was final.", "Aldo Quarantotto", "pattern:speaker")]
    [InlineData("Later Brenneck Oyelaran said the order was final.", "Brenneck Oyelaran", "pattern:speaker")]
    [InlineData("It was signed by Frederick H. Collingwood in 1902.", "Frederick H. Collingwood", "pattern:given-name")]
    public void ATitleGivenNameSpeechVerbOrAppositionMakesAPerson(string sentence, string name, string rule)
    {
        var m = Assert.Single(EntityRecognizer.Default.Recognize(sentence), x => x.Type == EntityType.Person);
        Assert.Equal(name, m.Surface);
        Assert.Equal(name, m.CanonicalName);
        Assert.Equal(rule, m.Rule);
    }

    [Theory]
    [InlineData("Kestrel Dynamics Corp said it would build more.", "Kestrel Dynamics Corp", EntityType.Org, "pattern:org-suffix")]
    [InlineData("The study came from the Centre for Eastern Defence Studies last week.", "Centre for Eastern Defence Studies", EntityType.Org, null)]
    [InlineData("The Lakeside Herald reported the sale.", "Lakeside Herald", EntityType.Org, "pattern:outlet-suffix")]
    [InlineData("Fighting went on in Marinka District overnight.", "Marinka District", EntityType.Gpe, "pattern:place-suffix")]
    [InlineData("Shelling went on near Krasnohorivka overnight.", "Krasnohorivka", EntityType.Gpe, "pattern:in-place")]
    [InlineData("The Ukrainian Ground Forces said so.", "Ukrainian Ground Forces", EntityType.Org, "pattern:national-organ")]
    [InlineData("The Tehran Times said so.", "Tehran Times", EntityType.Org, "pattern:extended-name")]
    public void ASuffixOrAPrepositionTypesAnUnknownName(string sentence, string name, EntityType type, string? rule)
    {
        var m = Assert.Single(EntityRecognizer.Default.Recognize(sentence), x => x.Surface == name);
        Assert.Equal(type, m.Type);
        if (rule is not null)
        {
            Assert.Equal(rule, m.Rule);
        }
    }

    [Fact]
    public void ACountrysOrganActsForTheCountry()
    {
        var m = Assert.Single(EntityRecognizer.Default.Recognize("The Ukrainian Ground Forces said so."));
        Assert.Equal("Ukraine", m.ActsFor);
    }

    [Fact]
    public void CoordinatedDepartmentsAreTwoDepartments()
    {
        var mentions = EntityRecognizer.Default.Recognize("He urged the Defense and State Departments to weigh it.");
        Assert.Equal(["Department of Defense", "State Department"], mentions.Where(m => m.Type == EntityType.Org).Select(m => m.CanonicalName));
        Assert.All(mentions.Where(m => m.Type == EntityType.Org), m => Assert.Equal("United States", m.ActsFor));
    }

    [Theory]
    [InlineData("NSC Strategic Communications Coordinator spoke.")]
    [InlineData("Western officials and Observers note the risk.")]
    [InlineData("Read Entire Article")]
    [InlineData("Biden Authorizes Ukraine to Use Long-Range Missiles Inside Russia")]
    [InlineData("Polish Minister of National Defense spoke.")]
    [InlineData("Under Secretary of State for Political Affairs spoke.")]
    [InlineData("On Monday in September the Commission met.")]
    public void TitlesHeadlinesAndSentenceStartsAreNotNames(string sentence)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence);
        Assert.DoesNotContain(mentions, m => m.Rule.StartsWith("pattern:", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameThatIsAlsoAPlaceStartsAPersonsName()
    {
        var mentions = EntityRecognizer.Default.Recognize("Jordan Whitfield said the drones had landed.");
        var m = Assert.Single(mentions);
        Assert.Equal(EntityType.Person, m.Type);
        Assert.Equal("Jordan Whitfield", m.Surface);
    }
}
