using Docket.Core.Analysis.Entities;
using Docket.Domain.Analysis;

namespace Docket.Tests.Analysis.Entities;

public sealed class GazetteerLoaderTests
{
    private const string EntryHeader = "id\ttype\tkind\tname\taliases\tacts_for\tattributes";

    [Fact]
    public void TheEmbeddedGazetteerLoadsWithoutErrors()
    {
        var result = GazetteerLoader.LoadEmbedded();
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }

    [Fact]
    public void EveryUnMemberStateIsACountryPlusTaiwanKosovoAndPalestine()
    {
        var countries = Gazetteer.Default.Entries.Where(e => e.Kind == "country").ToList();
        Assert.True(countries.Count >= 193 + 3, $"{countries.Count} countries");
        foreach (var name in new[] { "Taiwan", "Kosovo", "Palestine", "Tuvalu", "Eswatini", "North Macedonia" })
        {
            Assert.Contains(countries, c => c.Name == name);
        }

        var eu = Gazetteer.Default.Find("eu");
        Assert.NotNull(eu);
        Assert.Equal(EntityType.Org, eu.Type);
    }

    [Theory]
    [InlineData("# a comment\n" + EntryHeader + "\nus\tGPE\tcountry\tUnited States\t\t\t\nua\tCOUNTRY\tcountry\tUkraine\t\t\t\n", "t.tsv:4: type 'COUNTRY' must be PERSON, ORG, GPE or SYSTEM")]
    [InlineData(EntryHeader + "\nus\tGPE\tcountry\tUnited States\t\t\t\nus\tGPE\tcountry\tUSA\t\t\t\n", "t.tsv:3: id 'us' is already used at t.tsv:2")]
    [InlineData(EntryHeader + "\npentagon\tORG\tagency\tPentagon\t\tusa\t\n", "t.tsv:2: acts_for 'usa' is not the id of any entry")]
    [InlineData(EntryHeader + "\nus\tGPE\tcountry\tUnited States\tUS||USA\t\t\n", "t.tsv:2: an alias is empty")]
    [InlineData(EntryHeader + "\nus\tGPE\tcountry\tUnited States\t\t\t\nuk\tGPE\tcountry\tUnited Kingdom\tunited states\t\t\n", "t.tsv:3: alias 'united states' also names 'us' (t.tsv:2)")]
    [InlineData(EntryHeader + "\nus\tGPE\tcountry\tUnited States\t\n", "t.tsv:2: 5 columns, expected 7")]
    [InlineData(EntryHeader + "\natacms\tSYSTEM\tsystem\tATACMS\t\t\trange_km\n", "t.tsv:2: attribute 'range_km' must be key=value")]
    [InlineData("id\tname\nx\ty\n", "t.tsv:1: unknown header 'id name'")]
    [InlineData("\n# only comments\n", "t.tsv:1: no header line")]
    [InlineData("name\tgender\nJohn\tx\n", "t.tsv:2: given name 'John' needs a gender of m, f or u")]
    [InlineData("title\tkind\nColonel\tsoldier\n", "t.tsv:2: title 'Colonel' needs a kind of honorific, rank, office or role")]
    public void ABrokenFileReportsTheFileAndLineOfTheError(string text, string expected)
    {
        var result = GazetteerLoader.Load([new GazetteerFile("t.tsv", text)]);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("joe-biden\tPresidnt\tus\t2021-01-20\t2025-01-20", null)]
    [InlineData("nobody\tPresident\tus\t2021-01-20\t", "o.tsv:2: person 'nobody' is not the id of a PERSON entry")]
    [InlineData("joe-biden\tPresident\tus\t2021-13-20\t", "o.tsv:2: from '2021-13-20' is not a date (yyyy-MM-dd)")]
    [InlineData("joe-biden\tPresident\tus\t2021-01-20\t2020-01-01", "o.tsv:2: to 2020-01-01 is not after from 2021-01-20")]
    [InlineData("joe-biden\tPresident\tusa\t2021-01-20\t", "o.tsv:2: acts_for 'usa' is not the id of any entry")]
    public void OfficesAreCheckedAgainstPeopleAndDates(string officeRow, string? expected)
    {
        var entries = EntryHeader + "\nus\tGPE\tcountry\tUnited States\t\t\t\njoe-biden\tPERSON\tperson\tJoe Biden\tBiden\t\tgender=m\n";
        var result = GazetteerLoader.Load([new GazetteerFile("e.tsv", entries), new GazetteerFile("o.tsv", "person\toffice\tacts_for\tfrom\tto\n" + officeRow + "\n")]);
        if (expected is null)
        {
            Assert.True(result.IsValid, string.Join("; ", result.Errors));
            Assert.Single(result.Gazetteer!.Find("joe-biden")!.Offices);
        }
        else
        {
            Assert.Contains(result.Errors, e => e.ToString().StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void AllErrorsAreReportedNotOnlyTheFirst()
    {
        var text = EntryHeader + "\nA\tGPE\tcountry\tX\t\t\t\nb\tXX\tcountry\tY\t\t\t\nc\tGPE\t\t\t\t\t\n";
        var result = GazetteerLoader.Load([new GazetteerFile("t.tsv", text)]);
        Assert.Equal([2, 3, 4, 4], result.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public void TwoPeopleMayShareADependentSurnameButNotAFullAlias()
    {
        var people = EntryHeader + "\nboris\tPERSON\tperson\tBoris Johnson\t~Johnson\t\t\nmike\tPERSON\tperson\tMike Johnson\t~Johnson\t\t\n";
        Assert.True(GazetteerLoader.Load([new GazetteerFile("p.tsv", people)]).IsValid);
        var clash = people.Replace("~Johnson\t\t\nmike", "Johnson\t\t\nmike", StringComparison.Ordinal);
        Assert.False(GazetteerLoader.Load([new GazetteerFile("p.tsv", clash)]).IsValid);
    }
}
