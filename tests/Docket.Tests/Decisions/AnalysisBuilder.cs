using Docket.Core.Analysis.Text;
using Docket.Domain.Analysis;
using Docket.Domain.Text;

namespace Docket.Tests.Decisions;

/// <summary>
/// Hand-built analyses for the decision tests: tokens and sentences from Docket's own splitter,
/// entities, times and attributions placed by the test, as the upstream stages would leave them.
/// The small gazetteer of <see cref="Annotate"/> stands in for the entity recognizer.
/// </summary>
internal sealed class AnalysisBuilder
{
    private static readonly (string Surface, string Canonical, EntityType Type, string? ActsFor)[] Gazetteer =
    [
        ("United States", "United States", EntityType.Gpe, null),
        ("the Pentagon", "Pentagon", EntityType.Org, "United States"),
        ("Pentagon", "Pentagon", EntityType.Org, "United States"),
        ("Washington", "Washington", EntityType.Gpe, "United States"),
        ("U.S.", "United States", EntityType.Gpe, null),
        ("Ukrainian", "Ukraine", EntityType.Gpe, "Ukraine"),
        ("Ukraine", "Ukraine", EntityType.Gpe, null),
        ("Kyiv", "Kyiv", EntityType.Gpe, "Ukraine"),
        ("Germany", "Germany", EntityType.Gpe, null),
        ("Berlin", "Berlin", EntityType.Gpe, "Germany"),
        ("Poland", "Poland", EntityType.Gpe, null),
        ("United Kingdom", "United Kingdom", EntityType.Gpe, null),
        ("Britain", "United Kingdom", EntityType.Gpe, "United Kingdom"),
        ("Russian", "Russia", EntityType.Gpe, "Russia"),
        ("Russia", "Russia", EntityType.Gpe, null),
        ("Moscow", "Moscow", EntityType.Gpe, "Russia"),
        ("Kremlin", "Kremlin", EntityType.Org, "Russia"),
        ("Olaf Scholz", "Olaf Scholz", EntityType.Person, "Germany"),
        ("Leopard", "Leopard", EntityType.System, null),
        ("HIMARS", "HIMARS", EntityType.System, null),
        ("ATACMS", "ATACMS", EntityType.System, null),
        ("Taurus", "Taurus", EntityType.System, null),
        ("Storm Shadow", "Storm Shadow", EntityType.System, null),
        ("MiG-29", "MiG-29", EntityType.System, null),
    ];

    private readonly string _text;
    private readonly List<EntityMention> _entities = [];
    private readonly List<TimeExpression> _times = [];
    private readonly List<Attribution> _attributions = [];
    private readonly List<ModalityCue> _modality = [];

    public AnalysisBuilder(string text)
    {
        _text = text;
    }

    public string Text => _text;

    /// <summary>Marks every gazetteer name in the text, longest first, as the entity stage would.</summary>
    public AnalysisBuilder Annotate()
    {
        var taken = new bool[_text.Length];
        foreach (var (surface, canonical, type, actsFor) in Gazetteer.OrderByDescending(g => g.Surface.Length))
        {
            var at = 0;
            while ((at = _text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + surface.Length;
                var whole = (at == 0 || !char.IsLetter(_text[at - 1])) && (end == _text.Length || !char.IsLetter(_text[end]) || _text[end] == 's');
                if (whole && !taken.AsSpan(at, surface.Length).Contains(true))
                {
                    taken.AsSpan(at, surface.Length).Fill(true);
                    _entities.Add(new EntityMention(new TextSpan(at, end), surface, type, canonical, "test") { ActsFor = actsFor });
                }

                at = end;
            }
        }

        return this;
    }

    public AnalysisBuilder Time(string surface, string value)
    {
        var at = _text.IndexOf(surface, StringComparison.Ordinal);
        _times.Add(new TimeExpression(new TextSpan(at, at + surface.Length), surface, TimexType.Date, value, "test"));
        return this;
    }

    /// <summary>An attribution: the cue, the source's words and the reported content, each a substring.</summary>
    public AnalysisBuilder Said(string cue, string source, string content, SourceKind kind = SourceKind.Person)
    {
        var c = _text.IndexOf(cue, StringComparison.Ordinal);
        var s = _text.IndexOf(source, StringComparison.Ordinal);
        var b = _text.IndexOf(content, StringComparison.Ordinal);
        var name = kind == SourceKind.Anonymous ? "anonymous " + source : source;
        _attributions.Add(new Attribution(new TextSpan(c, c + cue.Length), new TextSpan(b, b + content.Length), [new SourceRef(name, kind, new TextSpan(s, s + source.Length))], "test"));
        return this;
    }

    public ArticleAnalysis Build()
    {
        var tokens = Tokenizer.Tokenize(_text);
        return ArticleAnalysis.Empty with
        {
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(_text, tokens),
            Entities = [.. _entities.OrderBy(e => e.Span.Start)],
            Times = _times,
            Attributions = _attributions,
            Modality = _modality,
        };
    }
}
