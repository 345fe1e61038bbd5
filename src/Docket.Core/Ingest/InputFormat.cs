namespace Docket.Core.Ingest;

/// <summary>The container shapes Docket reads.</summary>
internal enum InputFormat
{
    PlainText,
    Html,

    /// <summary>One JSON object in the gold format (or a JSON array of such objects).</summary>
    ArticleJson,

    /// <summary>One JSON article object per line.</summary>
    JsonLines,

    /// <summary>RSS 2.0, RSS 1.0 (RDF) or Atom.</summary>
    Feed,

    /// <summary>XML that is not a feed: read as nothing, reported.</summary>
    OtherXml,
}
