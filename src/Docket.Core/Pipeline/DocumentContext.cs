using Docket.Domain.Analysis;
using Docket.Domain.Articles;
using Docket.Domain.Text;

namespace Docket.Core.Pipeline;

/// <summary>
/// The work state of one document while it passes through the pipeline. Created per document,
/// never shared between threads. Stages read what earlier stages left and add their own part.
/// </summary>
public sealed class DocumentContext
{
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);
    private readonly List<string> _diagnostics = [];

    public DocumentContext(RawDocument raw, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(clock);
        Raw = raw;
        Clock = clock;
        Body = raw.Content;
        BodyMap = SourceMap.Identity(raw.Content.Length);
    }

    public RawDocument Raw { get; }

    /// <summary>The document as received; all stored spans point into it.</summary>
    public string Text => Raw.Content;

    /// <summary>The clock of the run (for ingest time); never read the system clock in a stage.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The cleaned body so far (starts as <see cref="Text"/>).</summary>
    public string Body { get; private set; }

    /// <summary>Maps <see cref="Body"/> offsets into <see cref="Text"/>.</summary>
    public SourceMap BodyMap { get; private set; }

    /// <summary>Paragraph spans in original text, when a cleaning stage knows them.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; set; } = [];

    public ArticleMetadata Metadata { get; set; } = ArticleMetadata.Empty;

    public ArticleAnalysis Analysis { get; set; } = ArticleAnalysis.Empty;

    /// <summary>Stable article id, set by the identity stage.</summary>
    public string? ArticleId { get; set; }

    /// <summary>Why the document was rejected, when a stage rejected it.</summary>
    public string? RejectionReason { get; private set; }

    public bool IsRejected => RejectionReason is not null;

    public IReadOnlyList<string> Diagnostics => _diagnostics;

    /// <summary>
    /// Replaces the body. <paramref name="mapToCurrentBody"/> maps the new body onto the
    /// current body; it is composed with the current map so the result still maps into
    /// <see cref="Text"/>.
    /// </summary>
    public void ReplaceBody(string newBody, SourceMap mapToCurrentBody)
    {
        ArgumentNullException.ThrowIfNull(newBody);
        ArgumentNullException.ThrowIfNull(mapToCurrentBody);
        BodyMap = SourceMap.Compose(mapToCurrentBody, BodyMap);
        Body = newBody;
    }

    /// <summary>Sets the body with a map straight into <see cref="Text"/>.</summary>
    public void SetBody(string body, SourceMap mapToText)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(mapToText);
        Body = body;
        BodyMap = mapToText;
    }

    /// <summary>Original-text span of a span of the current body.</summary>
    public TextSpan ToSource(TextSpan bodySpan) => BodyMap.ToSource(bodySpan);

    /// <summary>Original-text span of body range [start, end).</summary>
    public TextSpan ToSource(int bodyStart, int bodyEnd) => BodyMap.ToSource(new TextSpan(bodyStart, bodyEnd));

    /// <summary>Stops the pipeline for this document with a reason naming what is wrong.</summary>
    public void Reject(string reason) => RejectionReason ??= reason;

    public void AddDiagnostic(string message) => _diagnostics.Add(message);

    /// <summary>Shares an artifact between stages of one run (a parsed DOM, a token list).</summary>
    public void Set<T>(string key, T value)
        where T : class => _items[key] = value;

    public T? Get<T>(string key)
        where T : class => _items.TryGetValue(key, out var v) ? v as T : null;
}
