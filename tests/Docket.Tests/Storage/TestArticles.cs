using Docket.Core.Pipeline;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;

namespace Docket.Tests.Storage;

/// <summary>Processed articles made by hand, as the pipeline would hand them to a store.</summary>
internal static class TestArticles
{
    public static ProcessedArticle Make(
        string body,
        string? title = null,
        string? outlet = null,
        string? published = null,
        IReadOnlyList<DecisionEvent>? events = null,
        string? input = null,
        string? externalId = null)
    {
        PartialDate? date = PartialDate.TryParse(published, out var d) ? d : null;
        var article = new Article
        {
            Id = ArticleIdentity.Compute(body),
            Input = input ?? $"test:{title ?? "untitled"}",
            ExternalId = externalId,
            Format = DocumentFormat.PlainText,
            Text = body,
            Body = body,
            BodyMap = SourceMap.Identity(body.Length),
            Metadata = new ArticleMetadata { Title = title, Outlet = outlet, PublishedDate = date },
            Paragraphs = [new TextSpan(0, body.Length)],
        };
        var analysis = ArticleAnalysis.Empty with { Events = events ?? [] };
        return new ProcessedArticle(article, analysis, []);
    }

    /// <summary>An event whose evidence is the sentence of <paramref name="body"/> containing <paramref name="sentence"/>.</summary>
    public static DecisionEvent Event(
        string body,
        string sentence,
        EventType type,
        string actor,
        string recipient,
        string? system,
        Aspect? aspect,
        string? date = null,
        Certainty certainty = Certainty.Asserted,
        params string[] sources)
    {
        var start = body.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{sentence}' is not in the body");
        return new DecisionEvent
        {
            Type = type,
            Actor = actor,
            Recipient = recipient,
            System = system,
            Aspect = aspect,
            Certainty = certainty,
            Date = PartialDate.TryParse(date, out var d) ? d : null,
            Sources = sources,
            Evidence = TextSpan.FromLength(start, sentence.Length),
            Trigger = TextSpan.FromLength(start, Math.Min(5, sentence.Length)),
            Rule = "test",
        };
    }

    /// <summary>About 150 words of filler drawn at random (seeded by <paramref name="seed"/>), so
    /// different seeds give stories that share almost no word triples.</summary>
    public static string Story(string seed, int words = 150)
    {
        var vocabulary = new[]
        {
            "officials", "said", "the", "launchers", "would", "arrive", "before", "winter", "and", "crews", "trained", "abroad",
            "missiles", "range", "front", "army", "minister", "talks", "allies", "pledge", "tanks", "air", "defence", "shells",
            "weeks", "months", "delivery", "package", "budget", "parliament", "summit", "warned", "escalation", "targets",
            "border", "region", "strikes", "drones", "power", "stations", "cities", "repair", "parts", "training", "pilots",
        };
        var random = new Random(seed.Aggregate(17, (h, c) => (h * 31) + c));
        var text = new List<string> { seed };
        for (var i = 0; i < words; i++)
        {
            text.Add(vocabulary[random.Next(vocabulary.Length)]);
            if (i % 15 == 14)
            {
                text[^1] += ".";
            }
        }

        return string.Join(' ', text);
    }
}
