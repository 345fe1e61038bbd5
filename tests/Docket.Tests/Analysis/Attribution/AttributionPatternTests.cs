using Docket.Core.Analysis.Attribution;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Tests.Analysis.Attribution;

/// <summary>
/// One row per attribution pattern: a sentence written for the test, and the cue, the speaker's
/// mention, the content (pieces joined by " || ") and the chain ("Role Kind Name" per link, relay
/// first) that the extractor must find for it.
/// </summary>
public sealed class AttributionPatternTests
{
    public static TheoryData<string, string, string, string, string> Patterns => new()
    {
        // Indirect speech, with and without "that".
        {
            "Kirby said the Pentagon was reviewing the request.",
            "said", "Kirby", "the Pentagon was reviewing the request", "Speaker Person Kirby"
        },
        {
            "The defense minister confirmed on Tuesday that the first launchers had arrived.",
            "confirmed", "The defense minister", "that the first launchers had arrived", "Speaker Person defense minister"
        },
        // A direct quote closed by the frame, and one opened by it.
        {
            "\"We are not sending jets at this time,\" Kirby said.",
            "said", "Kirby", "\"We are not sending jets at this time,\"", "Speaker Person Kirby"
        },
        {
            "Austin said: \"The launchers will arrive within weeks.\"",
            "said", "Austin", "\"The launchers will arrive within weeks.\"", "Speaker Person Austin"
        },
        // An inverted frame.
        {
            "\"The decision belongs to the president,\" said Jake Sullivan.",
            "said", "Jake Sullivan", "\"The decision belongs to the president,\"", "Speaker Person Jake Sullivan"
        },
        // A frame in the middle splits the content in two.
        {
            "The package, the minister added, would include spare parts for older tanks.",
            "added", "the minister", "The package || would include spare parts for older tanks", "Speaker Person minister"
        },
        // "according to" before and after, and "per".
        {
            "According to two U.S. officials, the Pentagon is weighing the request.",
            "According to", "two U.S. officials", "the Pentagon is weighing the request", "Speaker Anonymous two anonymous U.S. officials"
        },
        {
            "The shipment left Rzeszow on Friday, according to a senior U.S. defense official.",
            "according to", "a senior U.S. defense official", "The shipment left Rzeszow on Friday", "Speaker Anonymous anonymous senior U.S. defense official"
        },
        {
            "The radar systems are already in Ukraine, per Reuters.",
            "per", "Reuters", "The radar systems are already in Ukraine", "Speaker Outlet Reuters"
        },
        // An outlet as the channel the speaker addressed.
        {
            "The request is still under review, officials told CNN.",
            "told", "officials", "The request is still under review", "Channel Outlet CNN; Speaker Anonymous anonymous officials"
        },
        {
            "Government sources told the Times of Israel that the country would not send weapons.",
            "told", "Government sources", "that the country would not send weapons", "Channel Outlet The Times of Israel; Speaker Anonymous anonymous government sources"
        },
        {
            "The minister said in an interview with a Danish newspaper that training would start in spring.",
            "said", "The minister", "that training would start in spring", "Channel Outlet Danish newspaper; Speaker Person minister"
        },
        // Relays: "citing", "cited by", the newspaper's sources.
        {
            "Washington has allowed strikes inside Russia, The Wall Street Journal reported Sunday, citing anonymous U.S. officials.",
            "reported", "The Wall Street Journal", "Washington has allowed strikes inside Russia", "Speaker Outlet The Wall Street Journal; Origin Anonymous anonymous U.S. officials"
        },
        {
            "U.S. officials cited by Politico said the decision was made last week.",
            "said", "U.S. officials", "the decision was made last week", "Relay Outlet Politico; Speaker Anonymous anonymous U.S. officials"
        },
        // Unnamed sources and their labels.
        {
            "People familiar with the discussions said the talks had stalled.",
            "said", "People familiar with the discussions", "the talks had stalled", "Speaker Anonymous people familiar with the discussions"
        },
        {
            "A source in the American Congress said the vote could slip to next month.",
            "said", "A source in the American Congress", "the vote could slip to next month", "Speaker Anonymous anonymous source in the American Congress"
        },
        // More cues from the lexicon.
        {
            "The Kremlin warned that any such delivery would escalate the war.",
            "warned", "The Kremlin", "that any such delivery would escalate the war", "Speaker Organization Kremlin"
        },
        {
            "Zelensky insisted that his forces needed longer-range missiles.",
            "insisted", "Zelensky", "that his forces needed longer-range missiles", "Speaker Person Zelensky"
        },
        {
            "The ministry announced it would send two more batteries.",
            "announced", "The ministry", "it would send two more batteries", "Speaker Organization ministry"
        },
        {
            "Moscow claimed the strike had destroyed two launchers.",
            "claimed", "Moscow", "the strike had destroyed two launchers", "Speaker Organization Moscow"
        },
        {
            "A spokesman stressed that the rules of use had not changed.",
            "stressed", "A spokesman", "that the rules of use had not changed", "Speaker Anonymous anonymous spokesman"
        },
        {
            "The general noted that crews had trained for six weeks.",
            "noted", "The general", "that crews had trained for six weeks", "Speaker Person general"
        },
        {
            "The State Department clarified that no new decision had been announced.",
            "clarified", "The State Department", "that no new decision had been announced", "Speaker Organization State Department"
        },
        {
            "The chancellor wrote that Berlin would not deliver the missiles.",
            "wrote", "The chancellor", "that Berlin would not deliver the missiles", "Speaker Person chancellor"
        },
        // A participle shares the main clause's speaker.
        {
            "The White House left the door open, saying details were being discussed.",
            "saying", "The White House", "details were being discussed", "Speaker Organization White House"
        },
        // Coordinated speakers are one link each.
        {
            "The U.S. official and a Ukrainian official said talks were continuing.",
            "said", "The U.S. official and a Ukrainian official", "talks were continuing", "Speaker Anonymous anonymous U.S. official; Speaker Anonymous anonymous Ukrainian official"
        },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void EachPatternGivesItsCueSpeakerContentAndChain(string text, string cue, string speaker, string content, string chain)
    {
        var found = AttributionExtractor.Extract(text);
        var a = Assert.Single(found, x => x.Cue.Of(text) == cue);
        Assert.Equal(speaker, Speakers(text, a));
        Assert.Equal(content, string.Join(" || ", a.ContentParts.Select(p => p.Of(text))));
        Assert.Equal(chain, string.Join("; ", a.Chain.Select(c => $"{c.Role} {c.Kind} {c.Name}")));
    }

    [Fact]
    public void AQuoteOverSeveralSentencesEndsWithItsFrame()
    {
        var text = "\"We have asked for these systems since spring. Our soldiers need them now. We cannot wait,\" the Ukrainian official said.";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal("\"We have asked for these systems since spring. Our soldiers need them now. We cannot wait,\"", a.Content.Of(text));
        Assert.Equal("anonymous Ukrainian official", a.Speaker!.Name);
    }

    [Fact]
    public void QuotesThatFollowInTheSameParagraphContinueTheContent()
    {
        var text = "\"The training is going well,\" the colonel said. \"The crews learn fast.\"\nA new paragraph starts here.";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(["\"The training is going well,\"", "\"The crews learn fast.\""], a.ContentParts.Select(p => p.Of(text)).ToArray());
    }

    [Fact]
    public void AMultiParagraphQuoteIsOneContentInPieces()
    {
        var text = "\"The first shipment is ready.\n\n\"The second will follow in May,\" the minister said.";
        var a = Assert.Single(AttributionExtractor.Extract(text));
        Assert.Equal(["\"The first shipment is ready.", "\"The second will follow in May,\""], a.ContentParts.Select(p => p.Of(text)).ToArray());
    }

    [Fact]
    public void ADefiniteMentionOfAnUnnamedSourceTakesItsEarlierLabel()
    {
        var text = "A senior U.S. defense official said tanks were on the table. \"We are open to other options,\" the official said.";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal(["anonymous senior U.S. defense official", "anonymous senior U.S. defense official"], found.Select(a => a.Speaker!.Name).ToArray());
    }

    [Fact]
    public void ASurnameTakesTheFullNameWrittenEarlier()
    {
        var text = "John Kirby spoke on Monday. Kirby said the review would take weeks. He added that nothing was ruled out.";
        var found = AttributionExtractor.Extract(text);
        Assert.Equal(["John Kirby", "John Kirby"], found.Select(a => a.Speaker!.Name).ToArray());
    }

    [Fact]
    public void EntitiesGiveCanonicalNamesAndTypes()
    {
        var text = "Kirby said the review would take weeks.";
        var entities = new[] { new EntityMention(new TextSpan(0, 5), "Kirby", EntityType.Person, "John Kirby", "test") };
        var a = Assert.Single(AttributionExtractor.Extract(text, entities));
        Assert.Equal(new SourceRef("John Kirby", SourceKind.Person, new TextSpan(0, 5)), a.Speaker);
    }

    [Fact]
    public void TheNewspapersSourcesAreRelayedByTheOutletLastNamed()
    {
        var text = "The move was first reported by The New York Times. The newspaper's sources said it answers North Korea's deployment.";
        var a = Assert.Single(AttributionExtractor.Extract(text), x => x.Cue.Of(text) == "said");
        Assert.Equal("Relay Outlet The New York Times; Speaker Anonymous anonymous sources", string.Join("; ", a.Chain.Select(c => $"{c.Role} {c.Kind} {c.Name}")));
    }

    [Theory]
    [InlineData("The debate over tanks continued for months.")]
    [InlineData("Tax rates rose in the spring.")]
    [InlineData("The package costs $5 per share.")]
    [InlineData("His claims were never checked.")]
    [InlineData("Additional reporting by the Kyiv bureau.")]
    public void NounsThatLookLikeCuesAreNotAttributions(string text) => Assert.Empty(AttributionExtractor.Extract(text));

    [Fact]
    public void BeliefsAndStancesAreMarkedApartFromSpeech()
    {
        var text = "Kyiv wants more launchers. Poland supports the plan. The minister said deliveries had begun.";
        var kinds = AttributionExtractor.Extract(text).Select(a => (a.Cue.Of(text), a.Kind)).ToList();
        Assert.Equal([("wants", AttributionKind.Belief), ("supports", AttributionKind.Stance), ("said", AttributionKind.Speech)], kinds);
    }

    private static string Speakers(string text, Docket.Domain.Analysis.Attribution a)
    {
        var spans = a.Chain.Where(c => c.Role == SourceRole.Speaker && c.Span is not null).Select(c => c.Span!.Value).ToList();
        return spans.Count == 0 ? "" : new TextSpan(spans.Min(s => s.Start), spans.Max(s => s.End)).Of(text);
    }
}
