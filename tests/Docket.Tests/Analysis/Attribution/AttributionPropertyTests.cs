using Docket.Core.Analysis.Attribution;
using Docket.Core.Analysis.Modality;
using FsCheck;
using FsCheck.Fluent;

namespace Docket.Tests.Analysis.Attribution;

/// <summary>Invariants that hold on any text: spans inside the text, cues and mentions on word boundaries, no exception.</summary>
public sealed class AttributionPropertyTests
{
    private static readonly string[] Words =
    [
        "said", "told", "according", "to", "officials", "Kirby", "the", "a", "senior", "U.S.", "official", "\"", "\u201c", "\u201d", "'", "''", ",", ".", ":",
        "\u2014", "(", ")", "R-Ky.", "not", "will", "would", "could", "no", "He", "she", "reported", "citing", "The", "New", "York", "Times", "newspaper's", "sources",
        "who", "and", "per", "CNN", "\n", "\n\n", "announced", "that", "may", "is", "expected", "plans", "sending", "tanks", "declined", "reportedly", "WALLACE",
        "\u2015", "\u2013", "-", "Mr.", "J.", "n't", "didn't", "ruled", "out", "if", "never", "believed", "widely", "repeated", "It",
    ];

    private static Arbitrary<string> Sentences() =>
        Gen.Elements(Words).ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary();

    [Fact]
    public void EverySpanLiesInsideTheTextAndPiecesAreOrdered()
    {
        Prop.ForAll(Sentences(), text =>
        {
            foreach (var a in AttributionExtractor.Extract(text))
            {
                if (a.Cue.End > text.Length || a.Content.End > text.Length || a.ContentParts.Count == 0)
                {
                    return false;
                }

                for (var i = 1; i < a.ContentParts.Count; i++)
                {
                    if (a.ContentParts[i].Start < a.ContentParts[i - 1].End)
                    {
                        return false;
                    }
                }

                if (a.ContentParts[0].Start != a.Content.Start || a.ContentParts[^1].End != a.Content.End)
                {
                    return false;
                }

                if (a.Chain.Any(c => c.Span is { } s && (s.End > text.Length || s.IsEmpty)))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CuesAndSourceMentionsAreWholeWordsOfTheText()
    {
        Prop.ForAll(Sentences(), text =>
        {
            foreach (var a in AttributionExtractor.Extract(text))
            {
                foreach (var span in a.Chain.Where(c => c.Span is not null).Select(c => c.Span!.Value).Append(a.Cue))
                {
                    var surface = span.Of(text);
                    if (surface.Length == 0 || char.IsWhiteSpace(surface[0]) || char.IsWhiteSpace(surface[^1]))
                    {
                        return false;
                    }

                    // A mention starts and ends on token boundaries: never inside a word.
                    if ((span.Start > 0 && char.IsLetterOrDigit(text[span.Start - 1]) && char.IsLetterOrDigit(text[span.Start]))
                        || (span.End < text.Length && char.IsLetterOrDigit(text[span.End]) && char.IsLetterOrDigit(text[span.End - 1])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ModalityScopesFollowTheirCueInsideTheText()
    {
        Prop.ForAll(Sentences(), text =>
            ModalityExtractor.Extract(text).All(m => m.Span.End <= text.Length && m.Scope.End <= text.Length && !m.Span.IsEmpty
                && (m.Scope.IsEmpty || m.Scope.Start >= m.Span.End || m.Scope.Contains(m.Span))))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void APassiveFramedByDashesDoesNotBreakTheContent()
    {
        // Found on the Ukraine news corpus: a content piece made only of a dash once had its end before its start.
        var text = "It is widely believed \u2013 and repeated by a former minister just yesterday \u2013 that the war is lost.";
        Assert.All(AttributionExtractor.Extract(text), a => Assert.True(a.Content.Length > 0));
    }

    [Fact]
    public void NeverThrowsOnArbitraryText()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var s = text ?? "";
            _ = AttributionExtractor.Extract(s);
            _ = ModalityExtractor.Extract(s);
            return true;
        }).QuickCheckThrowOnFailure();
    }
}
