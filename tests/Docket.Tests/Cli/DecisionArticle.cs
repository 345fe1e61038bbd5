using Docket.Core.Pipeline;
using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Decisions;
using Docket.Domain.Text;
using Docket.Domain.Time;
using Docket.Tests.Storage;

namespace Docket.Tests.Cli;

/// <summary>
/// Builds a processed article that carries hand-made decision events, as event extraction will
/// hand them to the store: each <see cref="Says"/> adds a sentence to the body and an event whose
/// evidence span is that sentence. A filler paragraph drawn from the article's own seed keeps
/// different articles apart for near-duplicate detection; <see cref="CopyBy"/> makes a syndicated
/// copy (same story, another outlet) that joins the original's story group. Sentences are written
/// for these tests.
/// </summary>
internal sealed class DecisionArticle
{
    private readonly List<(string Sentence, Func<TextSpan, DecisionEvent> Event)> _sentences = [];
    private readonly string _seed;

    private DecisionArticle(string seed, string? published, string outlet, bool estimated)
    {
        _seed = seed;
        Published = published;
        Outlet = outlet;
        Estimated = estimated;
    }

    public string? Published { get; }

    public string Outlet { get; }

    public bool Estimated { get; }

    /// <summary>An article of <paramref name="outlet"/> published on <paramref name="published"/>
    /// (an ISO partial date, or null), its filler drawn from <paramref name="seed"/>.</summary>
    public static DecisionArticle By(string outlet, string? published, string seed, bool estimated = false) =>
        new(seed, published, outlet, estimated);

    /// <summary>Adds a sentence and the event it reports.</summary>
    public DecisionArticle Says(
        string sentence,
        EventType type,
        string? actor,
        string? recipient,
        string? system,
        Aspect? aspect,
        string? date = null,
        Certainty certainty = Certainty.Reported,
        Polarity polarity = Polarity.Positive,
        string? scope = null,
        bool isChange = false,
        params string[] sources)
    {
        _sentences.Add((sentence, span => new DecisionEvent
        {
            Type = type,
            Actor = actor,
            Recipient = recipient,
            System = system,
            Aspect = aspect,
            Polarity = polarity,
            Certainty = certainty,
            Scope = scope,
            Date = PartialDate.TryParse(date, out var d) ? d : null,
            Sources = sources,
            Evidence = span,
            Trigger = TextSpan.FromLength(span.Start, Math.Min(6, span.Length)),
            IsChange = isChange,
            Rule = "test:hand-made",
        }));
        return this;
    }

    public ProcessedArticle Build() => Build(prefix: string.Empty, suffix: string.Empty, Outlet);

    /// <summary>A syndicated copy: the same story under a dateline and a credit line, from another outlet.</summary>
    public ProcessedArticle CopyBy(string outlet) =>
        Build(prefix: $"FROM THE WIRE ({outlet}) - ", suffix: $"\n\nRepublished by {outlet} under a syndication agreement.", outlet);

    private ProcessedArticle Build(string prefix, string suffix, string outlet)
    {
        var body = new System.Text.StringBuilder(prefix);
        var events = new List<DecisionEvent>();
        foreach (var (sentence, make) in _sentences)
        {
            events.Add(make(TextSpan.FromLength(body.Length, sentence.Length)));
            body.Append(sentence).Append(' ');
        }

        body.Append("\n\n").Append(TestArticles.Story(_seed, 120)).Append(suffix);
        var text = body.ToString();
        var article = new Article
        {
            Id = ArticleIdentity.Compute(text),
            Input = $"test:{_seed}:{outlet}",
            Format = DocumentFormat.PlainText,
            Text = text,
            Body = text,
            BodyMap = SourceMap.Identity(text.Length),
            Metadata = new ArticleMetadata
            {
                Title = _seed,
                Outlet = outlet,
                PublishedDate = PartialDate.TryParse(Published, out var p) ? p : null,
                PublishedEstimated = Estimated,
            },
            Paragraphs = [new TextSpan(0, text.Length)],
        };
        return new ProcessedArticle(article, ArticleAnalysis.Empty with { Events = events }, []);
    }
}
