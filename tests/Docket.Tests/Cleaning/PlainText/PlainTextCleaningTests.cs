using Docket.Core.Cleaning.PlainText;
using Docket.Core.Pipeline;
using Docket.Domain.Articles;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Cleaning.PlainText;

public sealed class PlainTextCleaningTests
{
    private static readonly DocketPipeline Pipeline = new DocketPipelineBuilder().UseDefaults().Build();

    private static Article Clean(string text, DocumentHints? hints = null)
    {
        var result = Pipeline.Process(new RawDocument("test", text, DocumentFormat.PlainText, hints ?? DocumentHints.None));
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        return result.Value!.Article;
    }

    [Theory]
    [InlineData("Biden Weighs New Missile Request From Kyiv", true)]
    [InlineData("How quickly will allies deliver the systems?", true)]
    [InlineData("\"We need them now\": minister pleads for jets", true)]
    [InlineData("Officials said the talks would continue.", false)]
    [InlineData("the lower-case start of a sentence fragment", false)]
    [InlineData("Two words", false)]
    [InlineData("Officials said, among other things,", false)]
    [InlineData("\"We will not give up an inch of our land.\"", false)]
    public void AHeadlineIsAShortCapitalisedLineThatDoesNotEndLikeASentence(string line, bool expected)
    {
        Assert.Equal(expected, HeaderZone.IsHeadline(line));
    }

    [Theory]
    [InlineData("Truth", true)]
    [InlineData("World News", true)]
    [InlineData("Analysis and opinion today", true)]
    [InlineData("Yes.", false)]
    [InlineData("A line with far more than four words in it", false)]
    public void ALabelIsAtMostFourWordsWithoutSentencePunctuation(string line, bool expected)
    {
        Assert.Equal(expected, HeaderZone.IsLabel(line));
    }

    [Theory]
    [InlineData("By The Moscow Times | Created at 2023-02-01 07:45:10", "The Moscow Times", "The Moscow Times")]
    [InlineData("By Reuters", "Reuters", "Reuters")]
    [InlineData("By Jane Roe", "Jane Roe", null)]
    [InlineData("By Jane Roe, Reuters", "Jane Roe, Reuters", "Reuters")]
    [InlineData("By Staff Reporter", "Staff Reporter", null)]
    [InlineData("By Northern Herald Online", "Northern Herald Online", "Northern Herald Online")]
    [InlineData("By Jane Roe and John Doe", "Jane Roe and John Doe", null)]
    public void ABylineNamesAnOutletOnlyWhenItIsAKnownOutletOrAnOrganisation(string line, string byline, string? outlet)
    {
        var (b, o) = BylineReader.Read(line, BoilerplateLexicon.Default);
        Assert.Equal(byline, b);
        Assert.Equal(outlet, o);
    }

    [Theory]
    [InlineData("By X | Created at 2023-02-01 07:45:10 | Updated at 2023-02-02 12:05:44 5 hours ago", "2023-02-01", null, "2023-02-02")]
    [InlineData("Published: 4 July 2023, 09:30 GMT", "2023-07-04", "2023-07-04T09:30:00+00:00", null)]
    [InlineData("Updated 10:32 AM EST, Sun November 17, 2024", null, null, "2024-11-17")]
    [InlineData("Nov. 17, 2024", "2024-11-17", null, null)]
    [InlineData("Posted on 17th November 2024 at 18:05 UTC", "2024-11-17", "2024-11-17T18:05:00+00:00", null)]
    public void HeaderLinesGiveTheirPublishedAndUpdatedDates(string line, string? published, string? instant, string? updated)
    {
        var (p, u) = HeaderDates.Read(line);
        Assert.Equal(published, p?.Date.ToString());
        Assert.Equal(instant, p?.Instant?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(updated, u?.Date.ToString());
    }

    [Fact]
    public void AnUpdateTimeWithAZoneIsKeptAsAnInstant()
    {
        var (_, u) = HeaderDates.Read("Updated 10:32 AM EST, Sun November 17, 2024");
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 10, 32, 0, TimeSpan.FromHours(-5)), u!.Value.Instant);
    }

    [Fact]
    public void TheContainersHintsWinOverWhatTheTextSays()
    {
        var text = "Old Headline From The Page Itself\nBy The Example Times | Created at 2023-03-02 08:15:00\n\nThe article text, which is long enough to be a paragraph of its own.\n";
        var hints = new DocumentHints { Title = "Headline From The Feed", Outlet = "Feed Outlet", Published = "2023-03-01T22:00:00Z" };
        var article = Clean(text, hints);
        Assert.Equal("Headline From The Feed", article.Metadata.Title);
        Assert.Equal("Feed Outlet", article.Metadata.Outlet);
        Assert.Equal("2023-03-01", article.Metadata.PublishedDate.ToString());
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 22, 0, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal("The article text, which is long enough to be a paragraph of its own.", article.Body);
    }

    [Fact]
    public void ATitleGivenByTheContainerIsRemovedFromTheBodyEvenWhenItEndsWithAFullStop()
    {
        var text = "Ministers agree on a plan.\n\nThe ministers agreed on a plan after a long night of talks in the capital.";
        var article = Clean(text, new DocumentHints { Title = "Ministers Agree On A Plan" });
        Assert.StartsWith("The ministers agreed", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATextOfOneLineIsNeverTakenForAHeadline()
    {
        var article = Clean("Allies Pledge More Shells");
        Assert.Equal("Allies Pledge More Shells", article.Body);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void AnAppealThatWouldSwallowMostOfTheTextIsNotTreatedAsAFooter()
    {
        var text = "A short lead paragraph of the story, stating a fact.\n\nDear readers, this column is itself a letter to you. " + string.Concat(Enumerable.Repeat("It goes on at length about the war and what it means for the region. ", 10));
        var article = Clean(text);
        Assert.Contains("Dear readers", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryKeptCharacterOfTheBodyMapsToTheSameCharacterOfTheText()
    {
        string[] pool =
        [
            "Ministers Weigh Request For More Shells", "By The Example Times | Published 2023-01-05", "Analysis",
            "The defence ministry confirmed the delivery of new radar systems on Monday.",
            "Officials said training would take about three weeks, \u00a0according to a statement.",
            "Related: Why the radars matter", "Photograph: Pat Example/Getty Images", "A radar on a truck.",
            "FILE - A radar unit at a base, May 3, 2022. (AP Photo/Sam Example, File) Talks resumed later.",
            "Share", "Read more: Another story", "A Message from The Example Times:", "Dear readers,", "Continue",
            "Reuters contributed reporting.", "", "   ", "\u200b",
        ];
        var lines = Gen.Elements(pool).Zip(Gen.Elements("\n", "\n\n", "\r\n", " \n"))
            .ListOf()
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        Prop.ForAll(lines.ToArbitrary(), text =>
        {
            var cleaned = new PlainTextCleaner().Clean(text, DocumentHints.None);
            foreach (var seg in cleaned.Map.Segments)
            {
                if (seg.IsExact)
                {
                    Assert.Equal(text.Substring(seg.SourceStart, seg.SourceLength), cleaned.Body.Substring(seg.DerivedStart, seg.DerivedLength));
                }
                else
                {
                    // Only paragraph breaks standing for removed text are not copied.
                    Assert.Equal("\n\n", cleaned.Body.Substring(seg.DerivedStart, seg.DerivedLength));
                }
            }

            foreach (var p in cleaned.Paragraphs)
            {
                Assert.False(string.IsNullOrWhiteSpace(p.Of(text)));
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheLexiconFileParsesAndItsRuleNamesAreUniquePerKind()
    {
        var rules = BoilerplateLexicon.Default.Rules;
        Assert.True(rules.Length > 40);
        Assert.Equal(rules.Length, rules.Select(r => r.Rule).Distinct().Count());
        Assert.Contains(BoilerplateLexicon.Default.Outlets, o => o == "moscow times");
    }

    [Fact]
    public void AMalformedLexiconLineIsReportedWithItsLineNumber()
    {
        var ex = Assert.Throws<FormatException>(() => BoilerplateLexicon.ParseRules("# comment\ndrop\tonly-two-fields\n"));
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlDocumentsAreLeftToTheHtmlStage()
    {
        var raw = new RawDocument("page", "<p>Share</p>", DocumentFormat.Html, DocumentHints.None);
        var context = new DocumentContext(raw, TimeProvider.System);
        new PlainTextCleaningStage().Process(context);
        Assert.Equal("<p>Share</p>", context.Body);
    }
}
