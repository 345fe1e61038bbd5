using Docket.Core.Analysis.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Span.Of(text))];

    [Fact]
    public void TitlesAndPartyTagsDoNotEndASentence()
    {
        var text = "Sen. Roger Wicker, R-Miss., said Gen. Mark Milley agreed. The talks ended.";
        Assert.Equal(["Sen. Roger Wicker, R-Miss., said Gen. Mark Milley agreed.", "The talks ended."], Sentences(text));
    }

    [Fact]
    public void UsEndsASentenceOnlyBeforeASentenceStarter()
    {
        Assert.Equal(["The U.S. Army sent more."], Sentences("The U.S. Army sent more."));
        Assert.Equal(["Aid came from the U.S.", "The package was large."], Sentences("Aid came from the U.S. The package was large."));
    }

    [Fact]
    public void ClosingQuotesStayWithTheirSentence()
    {
        var text = "He said: \"We need ATACMS.\" Officials declined. \"Send us the jets,\" Zelenskyy said in a speech.";
        Assert.Equal(
            ["He said: \"We need ATACMS.\"", "Officials declined.", "\"Send us the jets,\" Zelenskyy said in a speech."],
            Sentences(text));
    }

    [Fact]
    public void HeadlinesAndListItemsAreSentencesOfTheirOwn()
    {
        var text = "Biden Authorizes Long-Range Strikes\n\nThe decision came Sunday.\n- first item\n- second item";
        Assert.Equal(["Biden Authorizes Long-Range Strikes", "The decision came Sunday.", "- first item", "- second item"], Sentences(text));
    }

    [Fact]
    public void AHardWrappedLineRunsOn()
    {
        var text = "The missiles can be fired from the\nHIMARS launcher, officials said.";
        Assert.Equal([text], Sentences(text));
        Assert.Equal(["It was a long\nday.", "Then came news."], Sentences("It was a long\nday. Then came news."));
    }

    [Fact]
    public void MonthAbbreviationsAndDecimalsDoNotSplit()
    {
        Assert.Equal(["On Sept. 19 the official said 3.5 billion was approved."], Sentences("On Sept. 19 the official said 3.5 billion was approved."));
    }

    [Fact]
    public void MiddleInitialsAndDottedStateTagsStayInsideTheSentence()
    {
        Assert.Equal(
            ["Rep. Joe Wilson (R-S.C.) praised Paul D. Ryan on Tuesday.", "Then the vote began."],
            Sentences("Rep. Joe Wilson (R-S.C.) praised Paul D. Ryan on Tuesday. Then the vote began."));
        Assert.Equal(["It was Plan B.", "The plan failed."], Sentences("It was Plan B. The plan failed."));
    }

    [Fact]
    public void AQuotedQuestionStaysWithItsSpeechFrame()
    {
        Assert.Equal(
            ["\"Why wait?\" Vitter demanded.", "Nobody answered."],
            Sentences("\"Why wait?\" Vitter demanded. Nobody answered."));
        Assert.Equal(["\"Why wait?\"", "Nobody answered."], Sentences("\"Why wait?\" Nobody answered."));
    }

    [Fact]
    public void QuestionsAndExclamationsEndSentences()
    {
        Assert.Equal(["Will it change?", "No!", "It will not."], Sentences("Will it change? No! It will not."));
    }

    [Fact]
    public void SentencesAreOrderedDisjointAndCoverEveryToken()
    {
        Prop.ForAll(
            Gen.Elements("The", "U.S.", "said", ".", "!", "?", " ", " ", "\n", "\n\n", "Sen.", "\"", "It", "no", ",", "2024")
                .ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary(),
            text =>
            {
                var tokens = Tokenizer.Tokenize(text);
                var sentences = SentenceSplitter.Split(text, tokens);
                var last = -1;
                foreach (var s in sentences)
                {
                    if (s.Span.Start <= last || s.Span.IsEmpty)
                    {
                        return false;
                    }

                    last = s.Span.End - 1;
                }

                return tokens.All(t => sentences.Count(s => s.Span.Contains(t.Span)) == 1);
            }).QuickCheckThrowOnFailure();
    }
}
