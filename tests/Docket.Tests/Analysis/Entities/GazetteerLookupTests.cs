using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Tests.Analysis.Entities;

/// <summary>Surface -> (type, canonical name, acts_for, office) on a date, as a table.</summary>
public sealed class GazetteerLookupTests
{
    private static EntityMention Only(string sentence, string surface, string? date)
    {
        DateOnly? d = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var mentions = EntityRecognizer.Default.Recognize(sentence, d);
        var m = mentions.FirstOrDefault(x => x.Surface == surface);
        Assert.True(m is not null, $"no mention '{surface}' in: {string.Join(", ", mentions.Select(x => x.Surface))}");
        return m;
    }

    [Theory]
    [InlineData("The Pentagon said so.", "Pentagon", EntityType.Org, "Pentagon", "United States")]
    [InlineData("Officials in Kyiv said so.", "Kyiv", EntityType.Gpe, "Kyiv", "Ukraine")]
    [InlineData("Officials in Kiev said so.", "Kiev", EntityType.Gpe, "Kyiv", "Ukraine")]
    [InlineData("The Kremlin said so.", "Kremlin", EntityType.Org, "Kremlin", "Russia")]
    [InlineData("Moscow said so.", "Moscow", EntityType.Gpe, "Moscow", "Russia")]
    [InlineData("Downing Street said so.", "Downing Street", EntityType.Org, "Downing Street", "United Kingdom")]
    [InlineData("Brussels said so.", "Brussels", EntityType.Gpe, "Brussels", "European Union")]
    [InlineData("The European Commission said so.", "European Commission", EntityType.Org, "European Commission", "European Union")]
    [InlineData("The U.S. said so.", "U.S.", EntityType.Gpe, "United States", null)]
    [InlineData("The USA said so.", "USA", EntityType.Gpe, "United States", null)]
    [InlineData("Great Britain said so.", "Great Britain", EntityType.Gpe, "United Kingdom", null)]
    [InlineData("The Defense Department said so.", "Defense Department", EntityType.Org, "Department of Defense", "United States")]
    [InlineData("The NSC said so.", "NSC", EntityType.Org, "National Security Council", "United States")]
    [InlineData("The Bundeswehr said so.", "Bundeswehr", EntityType.Org, "Bundeswehr", "Germany")]
    [InlineData("The Ramstein group met.", "Ramstein group", EntityType.Org, "Ukraine Defense Contact Group", null)]
    [InlineData("Nato said so.", "Nato", EntityType.Org, "NATO", null)]
    [InlineData("The NYT reported it.", "NYT", EntityType.Org, "The New York Times", null)]
    [InlineData("AP reported it.", "AP", EntityType.Org, "Associated Press", null)]
    [InlineData("They sent ATACMS missiles.", "ATACMS", EntityType.System, "ATACMS", null)]
    [InlineData("They sent ATACM missiles.", "ATACM", EntityType.System, "ATACMS", null)]
    [InlineData("They sent Army Tactical Missile Systems.", "Army Tactical Missile Systems", EntityType.System, "ATACMS", null)]
    [InlineData("They sent two Patriots.", "Patriots", EntityType.System, "Patriot", null)]
    [InlineData("They sent F-16s.", "F-16s", EntityType.System, "F-16", null)]
    [InlineData("They sent Himars.", "Himars", EntityType.System, "HIMARS", null)]
    [InlineData("They sent the MQ-1C.", "MQ-1C", EntityType.System, "Gray Eagle", null)]
    [InlineData("They sent Storm Shadow missiles.", "Storm Shadow", EntityType.System, "Storm Shadow", null)]
    [InlineData("It was a U.S.-made rocket.", "U.S.", EntityType.Gpe, "United States", null)]
    public void AGazetteerNameHasItsTypeCanonicalNameAndActsFor(string sentence, string surface, EntityType type, string canonical, string? actsFor)
    {
        var m = Only(sentence, surface, null);
        Assert.Equal(type, m.Type);
        Assert.Equal(canonical, m.CanonicalName);
        Assert.Equal(actsFor, m.ActsFor);
        Assert.Equal(MentionKind.Name, m.Kind);
        Assert.StartsWith("gazetteer", m.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("President Trump spoke.", "Trump", "2024-11-17", "President-elect of the United States", null)]
    [InlineData("President-elect Donald Trump spoke.", "Donald Trump", "2024-11-17", "President-elect of the United States", null)]
    [InlineData("President Trump spoke.", "Trump", "2019-05-01", "President of the United States", "United States")]
    [InlineData("President Trump spoke.", "Trump", "2025-03-01", "President of the United States", "United States")]
    [InlineData("President Trump spoke.", "Trump", "2022-03-01", null, null)]
    [InlineData("Biden's administration acted.", "Biden", "2024-11-17", "President of the United States", "United States")]
    [InlineData("Biden's administration acted.", "Biden", "2025-02-01", null, null)]
    [InlineData("Joe Biden spoke in 2015.", "Joe Biden", "2015-06-01", "Vice President of the United States", "United States")]
    [InlineData("Marco Rubio spoke.", "Marco Rubio", "2022-06-01", "U.S. Senator from Florida", null)]
    [InlineData("Marco Rubio spoke.", "Marco Rubio", "2025-06-01", "Secretary of State", "United States")]
    [InlineData("Sergei Shoigu spoke.", "Sergei Shoigu", "2023-01-10", "Minister of Defence of Russia", "Russia")]
    [InlineData("Sergei Shoigu spoke.", "Sergei Shoigu", "2024-06-10", "Secretary of the Security Council of Russia", "Russia")]
    [InlineData("Mark Rutte spoke.", "Mark Rutte", "2023-06-01", "Prime Minister of the Netherlands", "Netherlands")]
    [InlineData("Mark Rutte spoke.", "Mark Rutte", "2025-06-01", "Secretary General of NATO", "NATO")]
    [InlineData("Zelenskyy spoke.", "Zelenskyy", "2022-03-01", "President of Ukraine", "Ukraine")]
    [InlineData("Mr Blaszczak spoke.", "Blaszczak", "2022-03-09", "Minister of National Defence of Poland", "Poland")]
    [InlineData("Joe Biden spoke.", "Joe Biden", null, "President of the United States", "United States")]
    public void APersonActsForTheOfficeHeldOnTheArticlesDate(string sentence, string surface, string? date, string? office, string? actsFor)
    {
        var m = Only(sentence, surface, date);
        Assert.Equal(EntityType.Person, m.Type);
        Assert.Equal(office, m.Office);
        Assert.Equal(actsFor, m.ActsFor);
    }

    [Theory]
    [InlineData("Give us the weapons.")]
    [InlineData("He is a patriot and a stinger of foes.")]
    [InlineData("A hawk circled as the caesar salad arrived.")]
    [InlineData("Hawks in Congress want more.")]
    public void CommonWordsAreNotSystemsOrCountries(string sentence)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.System || m.CanonicalName == "United States");
    }

    [Fact]
    public void AnAmbiguousSystemNameCountsNextToASystemWordOrAnotherSystem()
    {
        var withWord = EntityRecognizer.Default.Recognize("Spain sent Hawk launchers.");
        Assert.Contains(withWord, m => m.CanonicalName == "Hawk");
        var inList = EntityRecognizer.Default.Recognize("Spain sent Hawk and Patriot batteries.");
        Assert.Contains(inList, m => m.CanonicalName == "Hawk");
    }

    [Theory]
    [InlineData("American officials agreed.", "American", "United States")]
    [InlineData("Ukrainian crews trained.", "Ukrainian", "Ukraine")]
    [InlineData("Russian and North Korean forces moved.", "North Korean", "North Korea")]
    [InlineData("The North Koreans moved.", "North Koreans", "North Korea")]
    [InlineData("They flew Soviet-era jets.", "Soviet", "Soviet Union")]
    [InlineData("A British newspaper asked.", "British", "United Kingdom")]
    [InlineData("European facilities help.", "European", "Europe")]
    public void ADemonymNamesItsCountryAndActsForIt(string sentence, string surface, string country)
    {
        var m = Only(sentence, surface, null);
        Assert.Equal(MentionKind.Demonym, m.Kind);
        Assert.Equal(country, m.CanonicalName);
        Assert.Equal(country, m.ActsFor);
    }

    [Fact]
    public void ADependentSurnameNeedsTheFullNameATitleOrASpeechVerbInOffice()
    {
        Assert.DoesNotContain(EntityRecognizer.Default.Recognize("They drove to Austin in the rain."), m => m.Type == EntityType.Person);
        Assert.Contains(EntityRecognizer.Default.Recognize("Lloyd Austin arrived. Later Austin left."), m => m.Surface == "Austin" && m.CanonicalName == "Lloyd Austin");
        Assert.Contains(EntityRecognizer.Default.Recognize("Secretary Austin arrived."), m => m.Surface == "Austin" && m.CanonicalName == "Lloyd Austin");
        Assert.Contains(EntityRecognizer.Default.Recognize("Austin announced the package.", new DateOnly(2022, 9, 9)), m => m.CanonicalName == "Lloyd Austin");
    }

    [Fact]
    public void TheScoringLookupMapsSpellingVariantsToOneEntry()
    {
        var g = Gazetteer.Default;
        Assert.Equal(g.FindByName("Volodymyr Zelensky"), g.FindByName("Volodymyr Zelenskyy"));
        Assert.Equal(g.FindByName("Vladimir Zelensky"), g.FindByName("Zelenskiy"));
        Assert.Equal(g.FindByName("Kyiv"), g.FindByName("Kiev"));
        Assert.Equal(g.FindByName("U.S. Air Force"), g.FindByName("US Air Force"));
        Assert.Equal(g.FindByName("The New York Times"), g.FindByName("New York Times"));
        Assert.Equal(g.FindByName("Mariusz Błaszczak"), g.FindByName("Mariusz Blaszczak"));
        Assert.Null(g.FindByName("Roger Cabiness"));
    }
}
