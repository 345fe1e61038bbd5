using Docket.Domain;
using Docket.Domain.Articles;

namespace Docket.Core.Ingest.Readers;

/// <summary>
/// A text file is one article, passed on exactly as decoded. Its first line may be a headline
/// and its next lines a byline: the plain-text cleaning stage finds those, not the reader.
/// </summary>
internal static class PlainTextReader
{
    public static Outcome<RawDocument> Read(string input, string text, DocumentHints? hints = null) =>
        Outcome<RawDocument>.Success(new RawDocument(input, text, DocumentFormat.PlainText, hints ?? DocumentHints.None));
}
